package io.github.problemdetails.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Configuration of the Spring Security integration, under the
 * {@code problem-details.security} prefix.
 */
@ConfigurationProperties(prefix = ProblemDetailsSecurityProperties.PREFIX, ignoreUnknownFields = false)
public class ProblemDetailsSecurityProperties implements InitializingBean {

	static final String PREFIX = "problem-details.security";

	/**
	 * Whether to answer Spring Security's 401 and 403 with problem details.
	 */
	private boolean enabled = true;

	/**
	 * Challenge sent in the "WWW-Authenticate" header of every 401 answer, such as
	 * 'Basic realm="orders"', in place of the challenge of each chain's mechanism.
	 */
	private @Nullable String challenge;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getChallenge() {
		return this.challenge;
	}

	public void setChallenge(@Nullable String challenge) {
		this.challenge = challenge;
	}

	/**
	 * Stop startup on a challenge that cannot work.
	 * @throws InvalidConfigurationPropertyValueException if the challenge is blank or spans lines
	 */
	@Override
	public void afterPropertiesSet() {
		// RFC 9110 §11.6.1: a 401 must carry a challenge, and a line break would split the header.
		String challenge = this.challenge;
		if (challenge != null
				&& (challenge.isBlank() || challenge.indexOf('\r') >= 0 || challenge.indexOf('\n') >= 0)) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + ".challenge", this.challenge,
					"Must be a non-blank WWW-Authenticate challenge on one line. "
							+ "Use a challenge such as 'Bearer' or 'Basic realm=\"orders\"', or leave it out "
							+ "for the challenge of each chain's mechanism.");
		}
	}

}
