package io.github.problemdetails.internal.json;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.problemdetails.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The openings of problem documents ({@code type}, {@code title} and {@code status}), written once for each kind of
 * problem a service answers with and copied into every document of that kind: about a third of a typed failure's
 * document, and the same bytes every time. Only so many kinds are kept, since a title may be the application's
 * own; a problem of a kind beyond them gets its opening written afresh.
 */
final class ProblemOpenings {

	private static final int MAX_KEPT = 512;

	private final Map<Kind, byte[]> openings = new ConcurrentHashMap<>();

	/**
	 * The opening of a problem's document.
	 * @param problem the problem
	 * @return its opening, to be copied, never changed
	 */
	byte[] of(Problem problem) {
		Kind kind = new Kind(problem.type(), problem.title(), problem.status());
		byte[] opening = this.openings.get(kind);
		if (opening == null) {
			opening = PlainProblemJson.opening(problem);
			if (this.openings.size() < MAX_KEPT) {
				this.openings.put(kind, opening);
			}
		}
		return opening;
	}

	private record Kind(URI type, @Nullable String title, int status) {
	}

}
