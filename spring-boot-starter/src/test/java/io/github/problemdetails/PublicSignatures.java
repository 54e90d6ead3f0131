package io.github.problemdetails;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What a class shows the code that uses it: its supertypes and the types of its public and protected members,
 * generic arguments included.
 */
final class PublicSignatures {

	private PublicSignatures() {
	}

	/**
	 * A condition that a class shows no type of a package or of its subpackages; each violation names the
	 * member (or the class, for a supertype) and the type it shows.
	 * @param packageName the package
	 * @return the condition
	 */
	static ArchCondition<JavaClass> exposeNoTypeOf(String packageName) {
		return new ArchCondition<>("expose no type of " + packageName + " in a public signature") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
				type.getSuperclass().ifPresent(supertypes::add);
				supertypes.forEach((supertype) -> report(type, type.getName(), supertype, packageName, events));
				for (JavaMember member : type.getMembers()) {
					if (member.getModifiers().contains(JavaModifier.PUBLIC)
							|| member.getModifiers().contains(JavaModifier.PROTECTED)) {
						signatureTypes(member)
							.forEach((shown) -> report(member, member.getFullName(), shown, packageName, events));
					}
				}
			}

		};
	}

	private static List<JavaType> signatureTypes(JavaMember member) {
		List<JavaType> types = new ArrayList<>();
		if (member instanceof JavaField field) {
			types.add(field.getType());
		}
		if (member instanceof JavaCodeUnit codeUnit) {
			types.add(codeUnit.getReturnType());
			types.addAll(codeUnit.getParameterTypes());
			types.addAll(codeUnit.getThrowsClause().getTypes());
		}
		return types;
	}

	private static void report(Object location, String where, JavaType shown, String packageName,
			ConditionEvents events) {
		for (JavaClass involved : shown.getAllInvolvedRawTypes()) {
			if ((involved.getPackageName() + ".").startsWith(packageName + ".")) {
				events.add(SimpleConditionEvent.violated(location, where + " exposes " + involved.getName()));
			}
		}
	}

}
