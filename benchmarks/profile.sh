#!/usr/bin/env bash
# Where the starter's time per request goes, against the floor: the sample app with the starter and the floor
# (load.sh describes both) side by side under the same load, each endpoint recorded with JDK Flight Recorder on
# both apps in turn, and the two recordings compared per request (ProfileComparison in the benchmarks module):
# the methods in which the starter's request threads spend more than the floor's, and what they allocate.
#
# Usage: benchmarks/profile.sh [ENDPOINT...]   endpoints as load.sh names them; default: 404 ok
# Environment: PROFILE_SECONDS (seconds of load per recording, 30), WARM_UP_PASSES (at most this many seconds of
# load per endpoint and app before recording, until the JIT compiler is done; 30), OUT (directory for the
# recordings and comparisons, a new temporary one). Two to three minutes per endpoint with the defaults.
set -euo pipefail

PROFILE_SECONDS="${PROFILE_SECONDS:-30}"
WARM_UP_PASSES="${WARM_UP_PASSES:-30}"
# The sampling period of the recordings, which the comparison needs to turn samples into time.
PERIOD_MS=1
ENDPOINTS=("$@")
declare -A requests_of=() cpu_of=()
((${#ENDPOINTS[@]})) || ENDPOINTS=(404 ok)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d -t problem-details-profile.XXXXXX)"
OUT="${OUT:-$WORK}"
mkdir -p "$OUT"
# shellcheck source=harness.sh
source "$ROOT/benchmarks/harness.sh"
# Spring's request stacks are deeper than the recorder's 64 frames: the filters at their root would be cut off.
JAVA_OPTS+=(-XX:FlightRecorderOptions=stackdepth=256)
harness_init
log "Building the benchmarks..."
(cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)

# Execution samples of every running Java thread each period, and allocation samples with their stacks.
cat >"$WORK/profile.jfc" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="problem-details profile">
	<event name="jdk.ExecutionSample">
		<setting name="enabled">true</setting>
		<setting name="period">$PERIOD_MS ms</setting>
	</event>
	<event name="jdk.ObjectAllocationSample">
		<setting name="enabled">true</setting>
		<setting name="throttle">1000/s</setting>
		<setting name="stackTrace">true</setting>
	</event>
</configuration>
XML

start_variant problem-details
save_bodies problem-details "$WORK/bodies"
start_variant floor
for name in "${ENDPOINTS[@]}"; do
	WARM_UP=("$name")
	warm_up problem-details floor
	for label in problem-details floor; do
		log "[$label] recording $name for $PROFILE_SECONDS s..."
		jcmd "${PID_OF[$label]}" JFR.start name=profile settings="$WORK/profile.jfc" >/dev/null
		read -r "requests_of[$label]" _ "cpu_of[$label]" _ < <(run_wrk "$label" "$name" "$PROFILE_SECONDS")
		jcmd "${PID_OF[$label]}" JFR.stop name=profile filename="$OUT/$label-$name.jfr" >/dev/null
	done
	{
		echo "== $name (${PATHS[$name]}): CPU per request ${cpu_of[problem-details]} us with the starter," \
			"${cpu_of[floor]} us on the floor (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
		java -cp "$ROOT/benchmarks/target/benchmarks.jar" io.github.problemdetails.benchmarks.profile.ProfileComparison \
			"$PERIOD_MS" "$OUT/problem-details-$name.jfr" "${requests_of[problem-details]}" "$OUT/floor-$name.jfr" \
			"${requests_of[floor]}"
		echo
	} | tee "$OUT/$name.txt"
done
log "Recordings and comparisons: $OUT"
