package io.github.problemdetails.sample.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts of the sample service, under the {@code sample.security} prefix.
 */
@ConfigurationProperties("sample.security")
public class SampleSecurityProperties {

	/**
	 * Accounts that may sign in with HTTP Basic, by user name.
	 */
	private final Map<String, Account> users = new LinkedHashMap<>();

	public Map<String, Account> getUsers() {
		return this.users;
	}

	/**
	 * One account.
	 */
	public static class Account {

		/**
		 * Password, in plain text: this is a sample, whose passwords are printed in its README.
		 */
		private String password = "";

		/**
		 * Roles, without the {@code ROLE_} prefix, such as {@code USER} or {@code ADMIN}.
		 */
		private List<String> roles = List.of();

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public List<String> getRoles() {
			return this.roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = List.copyOf(roles);
		}

	}

}
