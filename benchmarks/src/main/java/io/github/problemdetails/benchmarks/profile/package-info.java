/**
 * Reading the JDK Flight Recorder profiles that {@code benchmarks/profile.sh} records of the sample app under
 * load: where the starter's time per request goes, against the floor's.
 */
package io.github.problemdetails.benchmarks.profile;
