package io.github.problemdetails.internal.mapping;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplateTests {

	private static final String CODE = "problemDetail.order-not-found";

	private static final Object[][] ARGUMENTS = { { "order", "42" }, { "O'Brien", "{0}" }, { "", "\u00e9t\u00e9" } };

	@ParameterizedTest
	@ValueSource(strings = { "No {0} with id ''{1}'' exists.", "'{0}' is quoted, {1} is not",
			"{1} before {0}, {0} again", "Only {0} of {3}", "It''s {0}'s {1}", "No placeholder, it''s plain", "{0}{1}" })
	void putsEachArgumentWhereTheSourceWouldFormatIt(String message) {
		for (boolean alwaysUseMessageFormat : new boolean[] { false, true }) {
			StaticMessageSource source = source(message);
			source.setAlwaysUseMessageFormat(alwaysUseMessageFormat);
			MessageTemplate template = MessageTemplate.of(source, CODE, Locale.ENGLISH);
			assertThat(template).isNotNull();
			for (Object[] arguments : ARGUMENTS) {
				assertThat(template.format(arguments)).isEqualTo(source.getMessage(CODE, arguments, Locale.ENGLISH));
			}
			assertThat(template.format(new Object[] { "one" }))
				.isEqualTo(source.getMessage(CODE, new Object[] { "one" }, Locale.ENGLISH));
		}
	}

	@Test
	void leavesArgumentsOtherThanTextToTheSource() {
		MessageTemplate template = MessageTemplate.of(source("{0} of {1}"), CODE, Locale.ENGLISH);
		assertThat(template).isNotNull();
		assertThat(template.format(new Object[] { "order", 1234L })).isNull();
		assertThat(template.format(new Object[] { "order", null })).isNull();
		assertThat(template.format(new Object[17])).isNull();
	}

	@Test
	void hasNoTemplateForAPlaceholderThatFormatsItsArgument() {
		assertThat(MessageTemplate.of(source("{0,number,integer} orders"), CODE, Locale.ENGLISH)).isNull();
	}

	@Test
	void hasNoTemplateForAMessageThatHoldsAMarkerOfItsOwn() {
		assertThat(MessageTemplate.of(source("\uFDD03\uFDD1 and {0}"), CODE, Locale.ENGLISH)).isNull();
		assertThat(MessageTemplate.of(source("\uFDD0 and {0}"), CODE, Locale.ENGLISH)).isNull();
	}

	@Test
	void hasNoTemplateForAMessageSourceOfAnotherKind() {
		StaticMessageSource own = new StaticMessageSource() {
		};
		own.addMessage(CODE, Locale.ENGLISH, "{0} of {1}");
		assertThat(MessageTemplate.of(own, CODE, Locale.ENGLISH)).isNull();
		StaticMessageSource child = new StaticMessageSource();
		child.setParentMessageSource(own);
		assertThat(MessageTemplate.of(child, CODE, Locale.ENGLISH)).isNull();
		StaticMessageSource springParent = new StaticMessageSource();
		child.setParentMessageSource(springParent);
		springParent.addMessage(CODE, Locale.ENGLISH, "{0} of {1}");
		assertThat(MessageTemplate.of(child, CODE, Locale.ENGLISH)).isNotNull();
	}

	@Test
	void hasNoTemplateForAMessageThatIsNotThere() {
		assertThat(MessageTemplate.of(new StaticMessageSource(), CODE, Locale.ENGLISH)).isNull();
	}

	private static StaticMessageSource source(String message) {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage(CODE, Locale.ENGLISH, message);
		return source;
	}

}
