#!/usr/bin/env bash
# Load harness: how fast the sample app answers its errors, as a ratio to a 200 that does the same work, and as a
# ratio to the floor: the same controllers without the starter, answering each failure at once with a precomputed
# body of the starter's size (sample-app/.../floor/FloorConfiguration).
#
# Builds the sample app and starts it twice side by side (fixed heap, 127.0.0.1, free ports): with the starter and
# as the floor, whose bodies are the starter's answers saved in this run. Both are warmed up; then each error runs
# between two runs of its control, on both apps in alternation (the order reversed every other round), and the
# report gives requests/s, the app's CPU time per request and the ratios: to the control, and to the floor's run
# of the same round. Controls: the typed 404 against the 200 of the same handler with a body of the same size; the
# 422 against the same POST with a valid body; the 401, 409 and 429 against the same-size GET /ok; the errors after
# which Tomcat closes the connection (400, 500) against the same /ok sent with "Connection: close". Then the
# success path: GET /ok on both apps in many alternating runs, the CPU time per request that the starter adds.
# The starter runs with a stack trace logged for every 500, as the floor logs it; then the 500 again with the
# default repeat window (a stack trace per window) and without logback's packaging data, a check that each 500 is
# logged exactly once, and the startup with and without the starter (median of alternating starts). Other load on
# a shared machine changes its speed within seconds, so the runs are short, alternate, and the figures are medians.
#
# Usage: benchmarks/load.sh [--with-spring] [--with-second-floor] [--with-no-request-hooks]
#   --with-spring        also run the endpoints on Spring's built-in ProblemDetail support, side by side
#                        (problem-details.enabled=false, spring.mvc.problemdetails.enabled=true)
#   --with-second-floor  also run a second floor, started and measured exactly as the first: its ratios to the
#                        floor are the harness's own resolution in that run, what two identical apps differ by
#   --with-no-request-hooks  also run the success path on the starter without what it runs on a request that does
#                        not fail (sample-app/.../floor/NoRequestHooksConfiguration): what those hooks cost, apart
#                        from what the starter costs by being there
# Environment: DURATION (seconds per wrk run, 1), ALTERNATIONS (error runs per error and app, 5), OK_ROUNDS (runs
# of GET /ok per app for the success path, 21), FORKS (times the apps are started afresh and measured again, 1: what
# the JIT compiler makes of one JVM's run can differ from another's by several percent, and only new JVMs average
# it out; each fork takes the whole measurement again), SUCCESS_STARTS (further starts of the success path's apps
# alone, after the forks, 0: each starts them afresh, warms them up on every endpoint as a fork does and runs the
# success path again, a few minutes where a fork takes a quarter of an hour; one start differs from the next by
# several us on that path, and its figures are then over FORKS + SUCCESS_STARTS starts), WARM_UP_PASSES (at most
# this many passes over the endpoints before measuring, until the JIT compiler is done; 6), STARTS (starts per
# variant, at most 5, at least 3), BUDGET (seconds after which the 500's variants are skipped, 420), TIME_LIMIT
# (seconds after which no further pair of starts begins, 480; about 8 minutes in all, 10 with --with-spring),
# KEEP_LOGS (1 keeps the logs).
# Absolute numbers depend on the machine; the ratios, measured side by side in one run, are the figure.
set -euo pipefail

DURATION="${DURATION:-1}"
ALTERNATIONS="${ALTERNATIONS:-5}"
OK_ROUNDS="${OK_ROUNDS:-21}"
FORKS="${FORKS:-1}"
SUCCESS_STARTS="${SUCCESS_STARTS:-0}"
# The starts over which the success path is measured: every fork's and the success path's own.
OK_STARTS=$((FORKS + SUCCESS_STARTS))
# The rounds of the forks measured before this one: rounds are numbered across forks.
ROUND_OFFSET=0
OK_ROUND_OFFSET=0
STARTS="${STARTS:-5}"
WITH_SPRING=false
WITH_SECOND_FLOOR=false
WITH_NO_REQUEST_HOOKS=false
for option in "$@"; do
	case "$option" in
		--with-spring) WITH_SPRING=true ;;
		--with-second-floor) WITH_SECOND_FLOOR=true ;;
		--with-no-request-hooks) WITH_NO_REQUEST_HOOKS=true ;;
		*)
			echo "Unknown option $option; usage: benchmarks/load.sh [--with-spring] [--with-second-floor]" \
				"[--with-no-request-hooks]" >&2
			exit 2
			;;
	esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d -t problem-details-load.XXXXXX)"
STARTED_AT=$SECONDS
LOAD_AT_START=$(cut -d ' ' -f 1-3 /proc/loadavg)
# Past BUDGET seconds the 500's variants are skipped, and past TIME_LIMIT no pair of starts begins once three
# have been measured, to bound the run on a slow or busy machine.
BUDGET="${BUDGET:-420}"
TIME_LIMIT="${TIME_LIMIT:-480}"
MIN_STARTS=3
# shellcheck source=harness.sh
source "$ROOT/benchmarks/harness.sh"
harness_init

VARIANTS=(problem-details floor)
$WITH_SPRING && VARIANTS+=(spring-problemdetail)
# The apps of the success path: the starter, the floor, and the second floor when there is one.
SUCCESS_VARIANTS=(problem-details floor)
if $WITH_SECOND_FLOOR; then
	VARIANTS+=(second-floor)
	SUCCESS_VARIANTS+=(second-floor)
fi
# The apps measured on the success path only, whose failures are not the starter's whole answer.
SUCCESS_ONLY_VARIANTS=()
if $WITH_NO_REQUEST_HOOKS; then
	SUCCESS_ONLY_VARIANTS+=(no-request-hooks)
	SUCCESS_VARIANTS+=(no-request-hooks)
fi

log_size() { stat -c %s "$1"; }

# error_lines_since LOGFILE OFFSET: the ERROR lines written to the log after that byte.
error_lines_since() { tail -c +$(($2 + 1)) "$1" | grep -c ' ERROR ' || true; }

# in_round_order RUN LABEL...: the labels, reversed on even runs, so that no app always runs first.
in_round_order() {
	local run="$1" i
	shift
	if ((run % 2)); then
		echo "$@"
	else
		for ((i = $#; i >= 1; i--)); do printf '%s ' "${!i}"; done
		echo
	fi
}

# run_case ERROR CONTROL LABEL...: ALTERNATIONS rounds; in each, the error on every app, then the control on every
# app; so each error run lies between two control runs of its app, and beside the other apps' runs of the same
# round. Appends one line per app and round to $WORK/results:
# label run error rps control rps_before rps_after requests error_lines cpu cpu_before cpu_after jit
run_case() {
	local error="$1" control="$2" label run next next_cpu offset
	shift 2
	local -A previous=() previous_cpu=() requests=() rps=() cpu=() jit=() lines=()
	for label in "$@"; do
		read -r _ "previous[$label]" "previous_cpu[$label]" _ < <(run_wrk "$label" "$control" "$DURATION")
	done
	for ((run = ROUND_OFFSET + 1; run <= ROUND_OFFSET + ALTERNATIONS; run++)); do
		read -r -a order < <(in_round_order "$run" "$@")
		for label in "${order[@]}"; do
			offset=$(log_size "$WORK/$label.log")
			read -r "requests[$label]" "rps[$label]" "cpu[$label]" "jit[$label]" < <(run_wrk "$label" "$error" "$DURATION")
			lines[$label]=$(error_lines_since "$WORK/$label.log" "$offset")
		done
		for label in "${order[@]}"; do
			read -r _ next next_cpu _ < <(run_wrk "$label" "$control" "$DURATION")
			echo "$label $run $error ${rps[$label]} $control ${previous[$label]} $next ${requests[$label]}" \
				"${lines[$label]} ${cpu[$label]} ${previous_cpu[$label]} $next_cpu ${jit[$label]}" >>"$WORK/results"
			previous[$label]="$next"
			previous_cpu[$label]="$next_cpu"
		done
	done
}

# run_success_path: GET /ok on the starter and on the floor (which runs nothing of either on a success), and on
# the second floor and the starter without request hooks if any, OK_ROUNDS times each in alternation; appends
# "label run rps cpu jit" to $WORK/success.
run_success_path() {
	local run label rps cpu jit
	log "Success path: GET /ok, $OK_ROUNDS alternating runs per app..."
	for ((run = OK_ROUND_OFFSET + 1; run <= OK_ROUND_OFFSET + OK_ROUNDS; run++)); do
		for label in $(in_round_order "$run" "${SUCCESS_VARIANTS[@]}"); do
			read -r _ rps cpu jit < <(run_wrk "$label" ok "$DURATION")
			echo "$label $run $rps $cpu $jit" >>"$WORK/success"
		done
	done
}

check_statuses() {
	local label="$1" name status
	for name in "${ALL[@]}"; do
		status=$(curl_endpoint "$label" "$name" -w '%{http_code}')
		if [[ $status != "${EXPECTED[$name]}" ]]; then
			log "  [$label] $name (${PATHS[$name]}) answered $status, expected ${EXPECTED[$name]}"
		fi
	done
}

# check_no_request_hooks LABEL: GET /ok answered 200 without the trace-ID filter's header, the one hook that shows on
# every response; the profile refuses to start if another of the hooks it removes has been renamed.
check_no_request_hooks() {
	local headers
	headers=$(curl -s -D - -o /dev/null "http://127.0.0.1:${PORT_OF[$1]}${PATHS[ok]}")
	if ! grep -q '^HTTP/1.1 200' <<<"$headers" || grep -qi '^x-trace-id:' <<<"$headers"; then
		log "[$1] GET /ok did not answer 200 without the starter's request hooks; its headers:"
		echo "$headers" >&2
		exit 1
	fi
}

# check_logged_once LABEL: 20 sequential 500s against the ERROR lines and the log they add.
check_logged_once() {
	local label="$1" logfile="$WORK/$1.log" offset
	offset=$(log_size "$logfile")
	for ((i = 0; i < 20; i++)); do curl -s -o /dev/null "http://127.0.0.1:${PORT_OF[$label]}/reports/daily"; done
	sleep 0.5
	echo "$label $(error_lines_since "$logfile" "$offset") $(($(tail -c +$((offset + 1)) "$logfile" | wc -l) / 20))" \
		"$((($(log_size "$logfile") - offset) / 20)) $(grep -c 'Servlet.service()' "$logfile" || true)" \
		>>"$WORK/logging"
}

# measure_variants FORK: the apps started afresh side by side, each error alternating with its control and across
# the apps, then the success path; the floor answers with the bodies that the starter sent in the first fork, and
# statuses, sizes and that each 500 is logged exactly once are checked once.
measure_variants() {
	local fork="$1" label name
	ROUND_OFFSET=$(((fork - 1) * ALTERNATIONS))
	OK_ROUND_OFFSET=$(((fork - 1) * OK_ROUNDS))
	start_variant problem-details
	((fork > 1)) || save_bodies problem-details "$WORK/bodies"
	for label in "${VARIANTS[@]:1}" "${SUCCESS_ONLY_VARIANTS[@]}"; do start_variant "$label"; done
	if ((fork == 1)); then
		for label in "${VARIANTS[@]}"; do
			check_statuses "$label"
			for name in "${ALL[@]}"; do echo "$label $name $(curl_endpoint "$label" "$name" -w '%{size_download}')" >>"$WORK/sizes"; done
		done
		for label in "${SUCCESS_ONLY_VARIANTS[@]}"; do check_no_request_hooks "$label"; done
	fi
	warm_up "${VARIANTS[@]}" "${SUCCESS_ONLY_VARIANTS[@]}"
	log "Measuring ${VARIANTS[*]} (fork $fork of $FORKS)..."
	run_case 404 order "${VARIANTS[@]}"
	run_case 422 ok_post "${VARIANTS[@]}"
	run_case 401 ok "${VARIANTS[@]}"
	run_case 409 ok "${VARIANTS[@]}"
	run_case 429 ok "${VARIANTS[@]}"
	run_case 400 ok_close "${VARIANTS[@]}"
	run_case 400_filter summary_close "${VARIANTS[@]}"
	run_case 500 ok_close "${VARIANTS[@]}"
	run_success_path
	for label in "${VARIANTS[@]}"; do
		((fork < FORKS)) || check_logged_once "$label"
		stop_app "$label"
	done
	for label in "${SUCCESS_ONLY_VARIANTS[@]}"; do stop_app "$label"; done
}

# measure_success_path START: the success path's apps alone, started afresh and warmed up on every endpoint as in a
# fork, then the success path; its runs are numbered after those of the starts before it.
measure_success_path() {
	local start="$1" label
	OK_ROUND_OFFSET=$(((start - 1) * OK_ROUNDS))
	for label in "${SUCCESS_VARIANTS[@]}"; do start_variant "$label"; done
	warm_up "${SUCCESS_VARIANTS[@]}"
	log "Measuring the success path alone (start $start of $OK_STARTS)..."
	run_success_path
	for label in "${SUCCESS_VARIANTS[@]}"; do stop_app "$label"; done
}

# measure_500 LABEL ARGS...: the 500 alone against its control, on the starter started with ARGS.
measure_500() {
	local label="$1"
	shift
	log "[$label] starting..."
	start_app "$label" "$WORK/$label.log" "$@"
	set_up_state "$label"
	for name in ok_close 500 ok_close 500; do run_wrk "$label" "$name" 1 >/dev/null; done
	run_case 500 ok_close "$label"
	check_logged_once "$label"
	stop_app "$label"
}

within_budget() {
	if ((SECONDS - STARTED_AT > BUDGET)); then
		log "Skipping $1: past the time budget of $BUDGET s"
		return 1
	fi
}

for ((fork = 1; fork <= FORKS; fork++)); do measure_variants "$fork"; done
# What logging the stack trace costs the 500: a burst of the same failure with the default repeat window (a
# stack trace per window, not per 500), and every stack trace logged without packaging data.
if within_budget "the 500 with the default repeat window"; then
	measure_500 repeat-window
fi
if within_budget "the 500 without packaging data"; then
	measure_500 no-packaging-data --logging.config="$WORK/logback-no-packaging-data.xml" \
		--problem-details.logging.repeat-window=0
fi
for ((start = FORKS + 1; start <= OK_STARTS; start++)); do measure_success_path "$start"; done

# --- startup -----------------------------------------------------------------------------
log "Startup: up to $STARTS alternating starts each..."
STARTS_MADE=0
pair_started=$SECONDS
for ((i = 0; i < STARTS; i++)); do
	# The next pair takes about as long as the last one.
	if ((i >= MIN_STARTS && SECONDS - STARTED_AT + SECONDS - pair_started > TIME_LIMIT)); then
		log "Stopping after $i starts each: past the time limit of $TIME_LIMIT s"
		break
	fi
	pair_started=$SECONDS
	start_app start-on "$WORK/start-on.log" --problem-details.enabled=true
	stop_app start-on
	echo "on $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
	start_app start-off "$WORK/start-off.log" --problem-details.enabled=false
	stop_app start-off
	echo "off $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
	STARTS_MADE=$((i + 1))
done

# shellcheck source=load-report.sh
source "$ROOT/benchmarks/load-report.sh"
