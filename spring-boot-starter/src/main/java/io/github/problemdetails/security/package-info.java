/**
 * Spring Security integration: the customizer that states the problem answers in a SecurityFilterChain.
 */
@NullMarked
package io.github.problemdetails.security;

import org.jspecify.annotations.NullMarked;
