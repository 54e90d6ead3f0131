package io.github.problemdetails.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Compares two JFR recordings of the same load (one endpoint, one app each), per request: the time of each
 * method, itself and with what it calls, from the execution samples of the request threads (each sample stands
 * for one sampling period of a running thread), and the bytes that each method allocates, from the allocation
 * samples. Prints the methods whose time or allocation per request differs most between the recordings.
 *
 * <p>Usage: {@code ProfileComparison PERIOD_MS FIRST.jfr FIRST_REQUESTS SECOND.jfr SECOND_REQUESTS [ROWS]}.
 * Threads outside the Java state (in the VM, as when an exception captures its stack trace, or in native
 * code, as in socket writes) are not sampled, nor are the JIT compiler and the garbage collector: the sampled
 * time is less than the CPU time.
 */
public final class ProfileComparison {

	// Tomcat's request threads: "http-nio-127.0.0.1-8080-exec-1".
	private static final String REQUEST_THREAD = "-exec-";

	private static final int DEFAULT_ROWS = 40;

	// The code that answers: the starter's, or the floor's in the sample app.
	private static final List<String> ANSWERING_CODE = List.of("io.github.problemdetails.internal.",
			"io.github.problemdetails.sample.floor.");

	// Lambdas and reflection accessors are named by the order in which a JVM generates them: the same one has
	// another name in each recording, "Foo$$Lambda$1646+0x00007fa2947a6518.449703515", "GeneratedMethodAccessor6".
	private static final Pattern GENERATED_SUFFIX = Pattern
		.compile("(?<=\\$\\$Lambda)\\$[^.]+(\\.\\d+)?|(?<=Accessor)\\d+$");

	private static final String TIME_ROW = "%+8.2f %8.2f %8.2f  %s%n";

	private static final String BYTES_ROW = "%+8.0f %8.0f %8.0f  %s%n";

	private ProfileComparison() {
	}

	public static void main(String[] arguments) throws IOException {
		if (arguments.length < 5) {
			System.err.println(
					"Usage: ProfileComparison PERIOD_MS FIRST.jfr FIRST_REQUESTS SECOND.jfr SECOND_REQUESTS [ROWS]");
			System.exit(2);
		}
		double periodMicros = Double.parseDouble(arguments[0]) * 1000;
		Profile first = Profile.read(Path.of(arguments[1]), Long.parseLong(arguments[2]), periodMicros);
		Profile second = Profile.read(Path.of(arguments[3]), Long.parseLong(arguments[4]), periodMicros);
		int rows = (arguments.length > 5) ? Integer.parseInt(arguments[5]) : DEFAULT_ROWS;
		for (Profile profile : List.of(first, second)) {
			System.out.printf("%s: %d requests, %d samples of request threads, %.2f us sampled per request, "
					+ "%.0f B allocated per request%n", profile.name(), profile.requests, profile.samples,
					profile.perRequest(profile.samples), profile.bytesPerRequest(profile.totalBytes));
		}
		System.out.printf("%nTime per request with callees (us), first minus second:%n");
		printDifferences(first, second, (profile) -> profile.inclusive, Profile::perRequest, rows, TIME_ROW);
		System.out.printf("%nTime per request in the answering code (the starter's or the floor's), by its innermost "
				+ "method with what that calls, but not the rest of the request that a filter passes on (us):%n");
		printDifferences(first, second, (profile) -> profile.answering, Profile::perRequest, rows / 2, TIME_ROW);
		double firstAnswering = first.perRequest(first.answeringSamples);
		double secondAnswering = second.perRequest(second.answeringSamples);
		System.out.printf(TIME_ROW, firstAnswering - secondAnswering, firstAnswering, secondAnswering, "(all of it)");
		System.out.printf("%nTime per request in the method itself (us), first minus second:%n");
		printDifferences(first, second, (profile) -> profile.self, Profile::perRequest, rows, TIME_ROW);
		System.out.printf("%nBytes allocated per request by the allocating method, first minus second:%n");
		printDifferences(first, second, (profile) -> profile.allocated, Profile::bytesPerRequest, rows / 2,
				BYTES_ROW);
	}

	private static void printDifferences(Profile first, Profile second, Function<Profile, Map<String, Long>> counts,
			ToDoubleBiFunction<Profile, Long> perRequest, int rows, String format) {
		Set<String> methods = new HashSet<>(counts.apply(first).keySet());
		methods.addAll(counts.apply(second).keySet());
		List<Row> table = new ArrayList<>();
		for (String method : methods) {
			table.add(new Row(method, perRequest.applyAsDouble(first, counts.apply(first).getOrDefault(method, 0L)),
					perRequest.applyAsDouble(second, counts.apply(second).getOrDefault(method, 0L))));
		}
		table.sort(Comparator.comparingDouble((Row row) -> Math.abs(row.difference())).reversed());
		System.out.printf("%8s %8s %8s  %s%n", "diff", first.name(), second.name(), "method");
		for (Row row : table.subList(0, Math.min(rows, table.size()))) {
			System.out.printf(format, row.difference(), row.first(), row.second(), row.method());
		}
	}

	private record Row(String method, double first, double second) {

		double difference() {
			return this.first - this.second;
		}

	}

	private static final class Profile {

		private final Path file;

		private final long requests;

		private final double periodMicros;

		private final Map<String, Long> inclusive = new HashMap<>();

		private final Map<String, Long> self = new HashMap<>();

		private final Map<String, Long> allocated = new HashMap<>();

		private final Map<String, Long> answering = new HashMap<>();

		private long answeringSamples;

		private long samples;

		private long totalBytes;

		private Profile(Path file, long requests, double periodMicros) {
			this.file = file;
			this.requests = requests;
			this.periodMicros = periodMicros;
		}

		static Profile read(Path file, long requests, double periodMicros) throws IOException {
			Profile profile = new Profile(file, requests, periodMicros);
			try (RecordingFile recording = new RecordingFile(file)) {
				while (recording.hasMoreEvents()) {
					profile.add(recording.readEvent());
				}
			}
			return profile;
		}

		private void add(RecordedEvent event) {
			String type = event.getEventType().getName();
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				return;
			}
			if (type.equals("jdk.ExecutionSample") && isRequestThread(event.getThread("sampledThread"))) {
				this.samples++;
				this.self.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
				String answeringMethod = innermostAnsweringMethod(stack.getFrames());
				if (answeringMethod != null) {
					this.answeringSamples++;
					this.answering.merge(answeringMethod, 1L, Long::sum);
				}
				// A method that recurses counts once per sample.
				Set<String> seen = new HashSet<>();
				for (RecordedFrame frame : stack.getFrames()) {
					String name = name(frame);
					if (seen.add(name)) {
						this.inclusive.merge(name, 1L, Long::sum);
					}
				}
			}
			else if (type.equals("jdk.ObjectAllocationSample") && isRequestThread(event.getThread("eventThread"))) {
				long weight = event.getLong("weight");
				this.totalBytes += weight;
				this.allocated.merge(name(stack.getFrames().get(0)), weight, Long::sum);
			}
		}

		// The answering code's frame nearest the top of the stack, unless a filter chain or a valve lies in between:
		// then that code only passed the request on, and the time is the rest of the request's.
		private static String innermostAnsweringMethod(List<RecordedFrame> frames) {
			for (RecordedFrame frame : frames) {
				String type = frame.getMethod().getType().getName();
				String method = frame.getMethod().getName();
				if ((type.contains("FilterChain") && method.endsWith("oFilter"))
						|| (type.endsWith("Valve") && method.equals("invoke"))) {
					return null;
				}
				if (ANSWERING_CODE.stream().anyMatch(type::startsWith)) {
					return name(frame);
				}
			}
			return null;
		}

		private static boolean isRequestThread(RecordedThread thread) {
			return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(REQUEST_THREAD);
		}

		private static String name(RecordedFrame frame) {
			String type = GENERATED_SUFFIX.matcher(frame.getMethod().getType().getName()).replaceAll("");
			return type + "." + frame.getMethod().getName();
		}

		String name() {
			return this.file.getFileName().toString().replace(".jfr", "");
		}

		double perRequest(long sampleCount) {
			return sampleCount * this.periodMicros / this.requests;
		}

		double bytesPerRequest(long bytes) {
			return (double) bytes / this.requests;
		}

	}

}
