#!/usr/bin/env bash
# Load harness: how fast the sample app answers its errors, as a ratio to a same-size 200.
#
# Builds and starts the sample app (fixed heap, 127.0.0.1, a free port), warms it up, then runs
# wrk against each error endpoint between two runs of its control and prints requests/s and
# ratios. Keep-alive errors (404, 422, 401, 429) are compared with the keep-alive 200; the errors
# after which Tomcat closes the connection (400, 500) with the same 200 sent with
# "Connection: close". Also checks that each 500 is logged exactly once, and measures startup
# with and without the starter (median of alternating starts).
#
# Usage: benchmarks/load.sh [--with-spring]
#   --with-spring  also run the endpoints on Spring's built-in ProblemDetail support
#                  (problem-details.enabled=false, spring.mvc.problemdetails.enabled=true), one round
# Environment: DURATION (seconds per wrk run, 3), ROUNDS (2), STARTS (starts per variant, 5),
# BUDGET (seconds after which optional measurements are skipped, 240), KEEP_LOGS (1 keeps the app logs).
# Absolute numbers depend on the machine; the ratios, measured side by side in one run, are the figure.
set -euo pipefail

DURATION="${DURATION:-3}"
ROUNDS="${ROUNDS:-2}"
STARTS="${STARTS:-5}"
WITH_SPRING=false
[[ "${1:-}" == "--with-spring" ]] && WITH_SPRING=true

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d -t problem-details-load.XXXXXX)"
JAVA_OPTS=(-Xms512m -Xmx512m)
APP_PID=""
STARTED_AT=$SECONDS
# Past this many seconds the optional measurements are skipped, to stay under five minutes.
BUDGET="${BUDGET:-240}"

log() { printf '%s\n' "$*" >&2; }

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
# The application logs hold a stack trace per 500 (hundreds of MB); KEEP_LOGS=1 keeps them.
cleanup() {
	stop_app
	[[ "${KEEP_LOGS:-0}" == 1 ]] || rm -f "$WORK"/*.log
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
	log "Installing wrk from the OS packages..."
	SUDO=""
	[[ $(id -u) -ne 0 ]] && SUDO="sudo"
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { log "curl is required"; exit 1; }

# --- build -------------------------------------------------------------------------------
log "Building the sample app..."
(cd "$ROOT" && ./mvnw -B -q -pl sample-app -am package -DskipTests)
JAR="$(ls "$ROOT"/sample-app/target/problem-details-sample-app-*.jar | grep -v original | head -n 1)"

# --- app lifecycle -----------------------------------------------------------------------
free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 20000))
		# Nothing answers a connect: the port is free.
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
}

# start_app LOGFILE ARGS...: starts the jar; sets APP_PID, PORT, STARTUP_MS (wall-clock ms to the first 200
# of /ok) and STARTUP_CPU_MS (CPU ms the JVM used until then, less disturbed by other load on the machine).
# Not called in a subshell, so that the trap knows the PID.
start_app() {
	local logfile="$1"
	shift
	PORT="$(free_port)"
	local start end
	start=$(date +%s%N)
	java "${JAVA_OPTS[@]}" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
		--sample.rate-limit.requests-per-window=1 --sample.rate-limit.window=1h "$@" >"$logfile" 2>&1 &
	APP_PID=$!
	local deadline=$((SECONDS + 90))
	until curl -fs -o /dev/null "http://127.0.0.1:$PORT/ok"; do
		if ! kill -0 "$APP_PID" 2>/dev/null || ((SECONDS > deadline)); then
			log "The sample app did not start; its log:"
			tail -n 40 "$logfile" >&2
			exit 1
		fi
		sleep 0.05
	done
	end=$(date +%s%N)
	STARTUP_MS=$(((end - start) / 1000000))
	STARTUP_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat")
}

# --- load --------------------------------------------------------------------------------
INVALID_ORDER='{"customerId":null,"items":[{"sku":"","quantity":0},{"sku":" ","quantity":-1}]}'
cat >"$WORK/invalid-order.lua" <<LUA
wrk.method = "POST"
wrk.body = '$INVALID_ORDER'
wrk.headers["Content-Type"] = "application/json"
LUA
# Boot's default console logging without the packaging data that Boot turns on when the application
# has no logback file of its own (logback then finds the jar of every frame of each logged stack trace).
cat >"$WORK/logback-no-packaging-data.xml" <<XML
<configuration packagingData="false">
	<include resource="org/springframework/boot/logging/logback/base.xml"/>
</configuration>
XML

# ok and ok_close: the same-size 200 with and without keep-alive; user: the 200 of GET /users/{id} for a
# user that exists, the same handler and query as the 404 of /users/999.
declare -A PATHS=([ok]=/ok [ok_close]=/ok [user]=/users/1 [404]=/users/999 [422]=/orders [401]=/account
	[429]=/quotes [500]=/reports/daily [400]=/users/abc)
declare -A EXPECTED=([ok]=200 [ok_close]=200 [user]=200 [404]=404 [422]=422 [401]=401 [429]=429 [500]=500
	[400]=400)

# run_wrk ENDPOINT SECONDS: prints "requests requests_per_second".
run_wrk() {
	local extra=()
	case "$1" in
		ok_close) extra=(-H "Connection: close") ;;
		422) extra=(-s "$WORK/invalid-order.lua") ;;
	esac
	wrk -t2 -c32 -d"$2"s "${extra[@]}" "http://127.0.0.1:$PORT${PATHS[$1]}" \
		| awk '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {print n, r}'
}

check_statuses() {
	local name status
	for name in "$@"; do
		case "$name" in
			422) status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
				-d "$INVALID_ORDER" "http://127.0.0.1:$PORT${PATHS[$name]}") ;;
			ok_close) status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Connection: close' \
				"http://127.0.0.1:$PORT/ok") ;;
			*) status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT${PATHS[$name]}") ;;
		esac
		if [[ $status != "${EXPECTED[$name]}" ]]; then
			log "  $name (${PATHS[$name]}) answered $status, expected ${EXPECTED[$name]}"
		fi
	done
}

error_lines() { grep -c ' ERROR ' "$1" || true; }

# run_chain LABEL ROUND CONTROL ERROR CONTROL ERROR ... CONTROL: each error runs between two runs of its
# control (shared by neighbours); appends one line per error to $WORK/results.
run_chain() {
	local label="$1" round="$2"
	shift 2
	local logfile="$WORK/$label.log" control="$1" previous next n rps before after
	shift
	read -r _ previous < <(run_wrk "$control" "$DURATION")
	while (($# >= 2)); do
		before=$(error_lines "$logfile")
		read -r n rps < <(run_wrk "$1" "$DURATION")
		after=$(error_lines "$logfile")
		read -r _ next < <(run_wrk "$control" "$DURATION")
		echo "$label $round $1 $rps $control $previous $next $n $((after - before))" >>"$WORK/results"
		previous="$next"
		shift 2
	done
}

# start_measured LABEL ARGS...: starts the app, creates user 1 and uses up the client's /quotes window.
start_measured() {
	local label="$1"
	shift
	log "[$label] starting..."
	start_app "$WORK/$label.log" "$@"
	curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
		-d '{"name":"Load Test","email":"load@example.com"}' "http://127.0.0.1:$PORT/users"
	# The window's one allowed call: every later /quotes of this client is a 429.
	curl -s -o /dev/null "http://127.0.0.1:$PORT/quotes"
}

warm_up() {
	log "[$1] warming up..."
	local name
	for name in "${@:2}"; do
		run_wrk "$name" 2 >/dev/null
	done
}

# measure LABEL ROUNDS ARGS...: one app, its warm-up, interleaved rounds, the exactly-once log check.
measure() {
	local label="$1" rounds="$2"
	shift 2
	local logfile="$WORK/$label.log" round before after lines_before bytes_before
	start_measured "$label" "$@"
	check_statuses ok ok_close user 404 422 401 429 500 400
	warm_up "$label" ok user 404 422 401 429 500 400 ok_close ok
	for ((round = 1; round <= rounds; round++)); do
		log "[$label] round $round/$rounds"
		run_chain "$label" "$round" ok 404 ok 422 ok 401 ok 429 ok
		run_chain "$label" "$round" user 404 user
		run_chain "$label" "$round" ok_close 400 ok_close 500 ok_close
	done
	# Exactly once: 20 sequential 500s against the ERROR lines and the log they add.
	before=$(error_lines "$logfile")
	lines_before=$(wc -l <"$logfile")
	bytes_before=$(wc -c <"$logfile")
	for ((i = 0; i < 20; i++)); do curl -s -o /dev/null "http://127.0.0.1:$PORT/reports/daily"; done
	sleep 0.5
	after=$(error_lines "$logfile")
	echo "$label $((after - before)) $((($(wc -l <"$logfile") - lines_before) / 20))" \
		"$((($(wc -c <"$logfile") - bytes_before) / 20)) $(grep -c 'Servlet.service()' "$logfile" || true)" \
		>>"$WORK/logging"
	stop_app
}

measure problem-details "$ROUNDS"

within_budget() {
	if ((SECONDS - STARTED_AT > BUDGET)); then
		log "Skipping $1: past the time budget of $BUDGET s"
		return 1
	fi
}

# What the stack trace's packaging data costs the 500: the same app, Boot's logging without it.
if within_budget "the 500 without packaging data"; then
	start_measured no-packaging-data --logging.config="$WORK/logback-no-packaging-data.xml"
	warm_up no-packaging-data ok_close 500 ok_close 500
	run_chain no-packaging-data 1 ok_close 500 ok_close
	stop_app
fi

if $WITH_SPRING; then
	measure spring-problemdetail 1 --problem-details.enabled=false --spring.mvc.problemdetails.enabled=true
fi

# --- startup -----------------------------------------------------------------------------
log "Startup: $STARTS alternating starts each..."
for ((i = 0; i < STARTS; i++)); do
	start_app "$WORK/start-on.log" --problem-details.enabled=true
	stop_app
	echo "on $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
	start_app "$WORK/start-off.log" --problem-details.enabled=false
	stop_app
	echo "off $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
done

# --- report ------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# ratio_of LABEL ERROR CONTROL: prints "error_rps control_rps ratio", the ratio the mean over rounds.
ratio_of() {
	awk -v l="$1" -v e="$2" -v c="$3" '$1 == l && $3 == e && $5 == c {
			r += $4; k += ($6 + $7) / 2; q += $4 / (($6 + $7) / 2); n++ }
		END { if (n) printf "%.0f %.0f %.2f\n", r / n, k / n, q / n; else print "- - -" }' "$WORK/results"
}

echo
echo "Machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -n 1)"
echo "wrk -t2 -c32 -d${DURATION}s on 127.0.0.1, -Xms512m -Xmx512m, $ROUNDS round(s), each error between two runs of its control"
SUMMARY=""
for label in problem-details $($WITH_SPRING && echo spring-problemdetail); do
	echo
	echo "== $label"
	printf '%-6s %-15s %8s  %-18s %6s %7s\n' status endpoint "req/s" "control req/s" ratio target
	for pair in "404 ok" "422 ok" "401 ok" "429 ok" "400 ok_close" "500 ok_close" "404 user"; do
		read -r error control <<<"$pair"
		target=0.90
		[[ $error == 500 ]] && target=0.60
		[[ $control == user ]] && target="-"
		read -r rps ctl ratio < <(ratio_of "$label" "$error" "$control")
		verdict=""
		if [[ $target != "-" && $ratio != "-" ]]; then
			verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "not met" }')
		fi
		printf '%-6s %-15s %8s  %-18s %6s %7s %s\n' "$error" "${PATHS[$error]}" "$rps" "$ctl $control" "$ratio" \
			"$target" "$verdict"
		[[ $label == problem-details ]] && SUMMARY+="$error/$control=$ratio "
	done
	read -r n logged < <(awk -v l="$label" '$1 == l && $3 == 500 { n += $8; g += $9 } END { print n, g }' \
		"$WORK/results")
	read -r _ once lines bytes tomcat < <(grep "^$label " "$WORK/logging")
	echo "500 under load: $logged ERROR lines for $n 500s counted by wrk (which leaves out requests in flight when it stops)"
	echo "20 sequential 500s: $once ERROR lines; per 500 $lines log lines, $bytes bytes; $tomcat lines of Tomcat's own error log"
done
echo
read -r rps ctl ratio < <(ratio_of no-packaging-data 500 ok_close)
echo "500 with logback packaging data off (own start, one chain): $rps req/s, $ratio of $ctl ok_close"
SUMMARY+="500/ok_close-no-packaging-data=$ratio "
startup() {
	local on off
	on=$(awk -v c="$1" '$1 == "on" {print $c}' "$WORK/startup" | median)
	off=$(awk -v c="$1" '$1 == "off" {print $c}' "$WORK/startup" | median)
	echo "$on $off $(awk -v a="$on" -v b="$off" 'BEGIN { printf "%+.1f", (a - b) * 100 / b }')"
}
read -r on off startup_cost < <(startup 2)
read -r on_cpu off_cpu startup_cpu_cost < <(startup 3)
echo "Startup to the first 200 of /ok, median of $STARTS alternating starts (target: under +5%):"
echo "  wall clock: enabled $on ms, disabled $off ms ($startup_cost%)"
echo "  CPU time:   enabled $on_cpu ms, disabled $off_cpu ms ($startup_cpu_cost%)"
echo "Raw results: $WORK (application logs too with KEEP_LOGS=1)"
echo "SUMMARY ${SUMMARY}startup=${startup_cost}% (CPU ${startup_cpu_cost}%) in $((SECONDS - STARTED_AT)) s"
