#!/usr/bin/env bash
# Load harness: how fast the sample app answers its errors, as a ratio to a 200 that does the same work.
#
# Builds and starts the sample app (fixed heap, 127.0.0.1, a free port), warms it up, then runs
# wrk against each error endpoint between two runs of its control and prints requests/s, the
# app's CPU time per request and both ratios. Controls: the typed 404 against the 200 of the same
# handler with a body of the same size; the 422 against the same POST with a valid body; the 401,
# 409 and 429 against the same-size GET /ok; the errors after which Tomcat closes the connection
# (400, 500) against the same /ok sent with "Connection: close". Then the 500 again with a repeat
# window and without logback's packaging data, a check that each 500 is logged exactly once, and
# the startup with and without the starter (median of alternating starts). Other load on a shared machine
# changes its speed within seconds, so each error alternates with its control in short runs, and the
# figure is the median of the ratios of each error run to the mean of the control runs around it.
#
# Usage: benchmarks/load.sh [--with-spring]
#   --with-spring  also run the endpoints on Spring's built-in ProblemDetail support
#                  (problem-details.enabled=false, spring.mvc.problemdetails.enabled=true)
# Environment: DURATION (seconds per wrk run, 1), ALTERNATIONS (error runs per error, 5), STARTS (starts per
# variant, at most 5, at least 3), BUDGET (seconds after which the 500's variants are skipped, 200), TIME_LIMIT
# (seconds after which no further pair of starts begins, 285), KEEP_LOGS (1 keeps the logs).
# Absolute numbers depend on the machine; the ratios, measured side by side in one run, are the figure.
set -euo pipefail

DURATION="${DURATION:-1}"
ALTERNATIONS="${ALTERNATIONS:-5}"
STARTS="${STARTS:-5}"
WITH_SPRING=false
[[ "${1:-}" == "--with-spring" ]] && WITH_SPRING=true

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d -t problem-details-load.XXXXXX)"
JAVA_OPTS=(-Xms512m -Xmx512m)
APP_PID=""
STARTED_AT=$SECONDS
# Past BUDGET seconds the 500's variants are skipped, and past TIME_LIMIT no pair of starts begins once three
# have been measured, to stay under five minutes on a slow or busy machine.
BUDGET="${BUDGET:-200}"
TIME_LIMIT="${TIME_LIMIT:-285}"
MIN_STARTS=3

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
# Below the ephemeral range, where wrk's thousands of short connections take their local ports.
EPHEMERAL_LOW=$(cut -f 1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
free_port() {
	local port
	while :; do
		port=$((10000 + RANDOM % (EPHEMERAL_LOW - 10000)))
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
# The 422's body has six violations; the control posts the same order, valid, to POST /ok, which reads and
# validates it as POST /orders does. The order of the 404's control has five lines, so that its 200 is about
# as long as the 404's problem.
INVALID_ORDER='{"customerId":null,"items":[{"sku":"","quantity":0},{"sku":" ","quantity":-1},{"sku":"ABC-3","quantity":0}]}'
VALID_ORDER='{"customerId":1,"items":[{"sku":"ABC","quantity":1},{"sku":"ABC-2","quantity":1},{"sku":"ABC-3","quantity":1}]}'
CONTROL_ORDER='{"customerId":1,"items":[{"sku":"SKU-00000001","quantity":1},{"sku":"SKU-00000002","quantity":1},{"sku":"SKU-00000003","quantity":1},{"sku":"SKU-00000004","quantity":1},{"sku":"SKU-00000005","quantity":1}]}'
post_script() {
	cat >"$WORK/$1.lua" <<LUA
wrk.method = "POST"
wrk.body = '${2:-}'
wrk.headers["Content-Type"] = "application/json"
LUA
}
post_script invalid-order "$INVALID_ORDER"
post_script valid-order "$VALID_ORDER"
post_script cancel ""
# Boot's default console logging without the packaging data that Boot turns on when the application
# has no logback file of its own (logback then finds the jar of every frame of each logged stack trace).
cat >"$WORK/logback-no-packaging-data.xml" <<XML
<configuration packagingData="false">
	<include resource="org/springframework/boot/logging/logback/base.xml"/>
</configuration>
XML

# Order 1 is the 404's control; order 2 is cancelled once, so that cancelling it again is a 409.
# 400 is Spring MVC's type mismatch of a path variable; 400_filter the starter's BadRequestException, thrown by
# the sample's tenant filter before any controller, against the same request with a valid tenant (summary_close).
declare -A PATHS=([ok]=/ok [ok_close]=/ok [ok_post]=/ok [order]=/orders/1 [summary_close]=/reports/summary
	[404]=/orders/999 [422]=/orders [401]=/account [409]=/orders/2/cancel [429]=/quotes [500]=/reports/daily
	[400]=/users/abc [400_filter]=/reports/summary)
declare -A EXPECTED=([ok]=200 [ok_close]=200 [ok_post]=200 [order]=200 [summary_close]=200 [404]=404 [422]=422
	[401]=401 [409]=409 [429]=429 [500]=500 [400]=400 [400_filter]=400)
declare -A WRK_ARGS=([ok_close]="-H Connection:close" [ok_post]="-s $WORK/valid-order.lua"
	[summary_close]="-H Connection:close -H X-Tenant:acme" [422]="-s $WORK/invalid-order.lua"
	[409]="-s $WORK/cancel.lua" [400_filter]="-H X-Tenant:Not-A-Tenant")
# curl_endpoint ENDPOINT CURL_OPTIONS...: one request as wrk sends it.
curl_endpoint() {
	local name="$1" json=(-X POST -H 'Content-Type: application/json')
	shift
	case "$name" in
		ok_close) set -- "$@" -H 'Connection: close' ;;
		summary_close) set -- "$@" -H 'Connection: close' -H 'X-Tenant: acme' ;;
		400_filter) set -- "$@" -H 'X-Tenant: Not-A-Tenant' ;;
		ok_post) set -- "$@" "${json[@]}" -d "$VALID_ORDER" ;;
		422) set -- "$@" "${json[@]}" -d "$INVALID_ORDER" ;;
		409) set -- "$@" -X POST ;;
	esac
	curl -s -o /dev/null "$@" "http://127.0.0.1:$PORT${PATHS[$name]}"
}

# run_wrk ENDPOINT SECONDS: prints "requests requests_per_second cpu_microseconds_per_request" (the app's
# CPU time, user and system, divided by the requests wrk counted).
run_wrk() {
	local before
	before=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
	# shellcheck disable=SC2086 # the arguments are words
	wrk -t2 -c32 -d"$2"s ${WRK_ARGS[$1]:-} "http://127.0.0.1:$PORT${PATHS[$1]}" \
		| awk -v before="$before" -v after_file="/proc/$APP_PID/stat" -v hz="$(getconf CLK_TCK)" '
			/requests in/ {n = $1} /Requests\/sec/ {r = $2}
			END {getline stat < after_file; split(stat, f, " "); printf "%d %s %.1f\n", n, r, (f[14] + f[15] - before) * 1e6 / hz / n}'
}

check_statuses() {
	local name status
	for name in "$@"; do
		status=$(curl_endpoint "$name" -w '%{http_code}')
		if [[ $status != "${EXPECTED[$name]}" ]]; then
			log "  $name (${PATHS[$name]}) answered $status, expected ${EXPECTED[$name]}"
		fi
	done
}

log_size() { stat -c %s "$1"; }

# error_lines_since LOGFILE OFFSET: the ERROR lines written to the log after that byte.
error_lines_since() { tail -c +$(($2 + 1)) "$1" | grep -c ' ERROR ' || true; }

# run_pair LABEL ERROR CONTROL: ALTERNATIONS runs of the error, each between two runs of its control (shared by
# neighbours); appends one line per error run to $WORK/results:
# label run error rps control rps_before rps_after requests error_lines cpu cpu_before cpu_after
run_pair() {
	local label="$1" error="$2" control="$3" logfile="$WORK/$1.log" previous previous_cpu next next_cpu n rps cpu
	local offset run
	read -r _ previous previous_cpu < <(run_wrk "$control" "$DURATION")
	for ((run = 1; run <= ALTERNATIONS; run++)); do
		offset=$(log_size "$logfile")
		read -r n rps cpu < <(run_wrk "$error" "$DURATION")
		read -r _ next next_cpu < <(run_wrk "$control" "$DURATION")
		echo "$label $run $error $rps $control $previous $next $n $(error_lines_since "$logfile" "$offset") $cpu" \
			"$previous_cpu $next_cpu" >>"$WORK/results"
		previous="$next"
		previous_cpu="$next_cpu"
	done
}

# start_measured LABEL ARGS...: starts the app, creates user 1, orders 1 and 2, cancels order 2 and uses up
# the client's /quotes window.
start_measured() {
	local label="$1"
	shift
	log "[$label] starting..."
	start_app "$WORK/$label.log" "$@"
	local json=(-s -o /dev/null -X POST -H 'Content-Type: application/json')
	curl "${json[@]}" -d '{"name":"Load Test","email":"load@example.com"}' "http://127.0.0.1:$PORT/users"
	curl "${json[@]}" -d "$CONTROL_ORDER" "http://127.0.0.1:$PORT/orders"
	curl "${json[@]}" -d "$VALID_ORDER" "http://127.0.0.1:$PORT/orders"
	curl -s -o /dev/null -X POST "http://127.0.0.1:$PORT/orders/2/cancel"
	# The window's one allowed call: every later /quotes of this client is a 429.
	curl -s -o /dev/null "http://127.0.0.1:$PORT/quotes"
}

warm_up() {
	log "[$1] warming up..."
	local name
	for name in "${@:2}"; do
		run_wrk "$name" 1 >/dev/null
	done
}

# check_logged_once LABEL: 20 sequential 500s against the ERROR lines and the log they add.
check_logged_once() {
	local label="$1" logfile="$WORK/$1.log" offset
	offset=$(log_size "$logfile")
	for ((i = 0; i < 20; i++)); do curl -s -o /dev/null "http://127.0.0.1:$PORT/reports/daily"; done
	sleep 0.5
	echo "$label $(error_lines_since "$logfile" "$offset") $(($(tail -c +$((offset + 1)) "$logfile" | wc -l) / 20))" \
		"$((($(log_size "$logfile") - offset) / 20)) $(grep -c 'Servlet.service()' "$logfile" || true)" \
		>>"$WORK/logging"
}

ALL=(ok ok_close ok_post order summary_close 404 422 401 409 429 500 400 400_filter)

# measure LABEL ARGS...: one app, its warm-up, each error alternating with its control, the exactly-once log check.
measure() {
	local label="$1" name
	shift
	start_measured "$label" "$@"
	check_statuses "${ALL[@]}"
	for name in "${ALL[@]}"; do echo "$label $name $(curl_endpoint "$name" -w '%{size_download}')" >>"$WORK/sizes"; done
	warm_up "$label" "${ALL[@]}" "${ALL[@]}"
	log "[$label] measuring..."
	run_pair "$label" 404 order
	run_pair "$label" 422 ok_post
	run_pair "$label" 401 ok
	run_pair "$label" 409 ok
	run_pair "$label" 429 ok
	run_pair "$label" 400 ok_close
	run_pair "$label" 400_filter summary_close
	run_pair "$label" 500 ok_close
	check_logged_once "$label"
	stop_app
}

# measure_500 LABEL ARGS...: the 500 alone against its control, on an app started with ARGS.
measure_500() {
	local label="$1"
	shift
	start_measured "$label" "$@"
	warm_up "$label" ok_close 500 ok_close 500
	run_pair "$label" 500 ok_close
	check_logged_once "$label"
	stop_app
}

within_budget() {
	if ((SECONDS - STARTED_AT > BUDGET)); then
		log "Skipping $1: past the time budget of $BUDGET s"
		return 1
	fi
}

measure problem-details
# What logging the stack trace costs the 500: a burst of the same failure with a repeat window, and every
# stack trace logged without packaging data.
if within_budget "the 500 with a repeat window"; then
	measure_500 repeat-window --problem-details.logging.repeat-window=1m
fi
if within_budget "the 500 without packaging data"; then
	measure_500 no-packaging-data --logging.config="$WORK/logback-no-packaging-data.xml"
fi
if $WITH_SPRING; then
	measure spring-problemdetail --problem-details.enabled=false --spring.mvc.problemdetails.enabled=true
fi

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
	start_app "$WORK/start-on.log" --problem-details.enabled=true
	stop_app
	echo "on $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
	start_app "$WORK/start-off.log" --problem-details.enabled=false
	stop_app
	echo "off $STARTUP_MS $STARTUP_CPU_MS" >>"$WORK/startup"
	STARTS_MADE=$((i + 1))
done

# --- report ------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# ratio_of LABEL ERROR CONTROL: prints "error_rps control_rps ratio min_ratio max_ratio error_cpu control_cpu
# cpu_ratio", medians over the runs; the CPU ratio is the control's CPU time per request over the error's.
ratio_of() {
	local rows
	rows=$(awk -v l="$1" -v e="$2" -v c="$3" '$1 == l && $3 == e && $5 == c' "$WORK/results")
	if [[ -z $rows ]]; then
		echo "- - - - - - - -"
		return
	fi
	median_of() { awk "{ print $1 }" <<<"$rows" | median; }
	local ratios
	ratios=$(awk '{ printf "%.2f\n", $4 / (($6 + $7) / 2) }' <<<"$rows" | sort -n)
	printf '%.0f %.0f %.2f %s %s %.1f %.1f %.2f\n' "$(median_of '$4')" "$(median_of '($6 + $7) / 2')" \
		"$(median <<<"$ratios")" "$(head -n 1 <<<"$ratios")" "$(tail -n 1 <<<"$ratios")" "$(median_of '$10')" \
		"$(median_of '($11 + $12) / 2')" "$(median_of '(($11 + $12) / 2) / $10')"
}

echo
echo "Machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -n 1)," \
	"load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "wrk -t2 -c32 -d${DURATION}s on 127.0.0.1, -Xms512m -Xmx512m; each error $ALTERNATIONS times between runs of its" \
	"control; medians of the runs' ratios, their range in brackets"
SUMMARY=""
# report_row LABEL ERROR CONTROL TARGET
report_row() {
	local label="$1" error="$2" control="$3" target="$4" rps ctl ratio low high cpu ctl_cpu cpu_ratio verdict=""
	read -r rps ctl ratio low high cpu ctl_cpu cpu_ratio < <(ratio_of "$label" "$error" "$control")
	if [[ $ratio != "-" ]]; then
		verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "not met" }')
	fi
	printf '%-10s %-16s %6s B %7s  %-13s %7s %5s %-11s %6s   %6s %6s %5s   %s\n' "$error" "${PATHS[$error]}" \
		"$(awk -v l="$label" -v e="$error" '$1 == l && $2 == e {print $3}' "$WORK/sizes")" "$rps" "$control" "$ctl" \
		"$ratio" "[$low-$high]" "$target" "$cpu" "$ctl_cpu" "$cpu_ratio" "$verdict"
	if [[ $label == problem-details ]]; then
		SUMMARY+="$error/$control=$ratio "
	fi
}
for label in problem-details $($WITH_SPRING && echo spring-problemdetail); do
	echo
	echo "== $label (body sizes: ok $(awk -v l="$label" '$1 == l && $2 == "ok" {print $3}' "$WORK/sizes") B," \
		"order $(awk -v l="$label" '$1 == l && $2 == "order" {print $3}' "$WORK/sizes") B," \
		"ok_post $(awk -v l="$label" '$1 == l && $2 == "ok_post" {print $3}' "$WORK/sizes") B)"
	printf '%-10s %-16s %8s %7s  %-13s %7s %5s %-11s %6s   %6s %6s %5s   %s\n' status endpoint size "req/s" control \
		"req/s" ratio "[range]" target "us/req" "ctl us" "cpu r" verdict
	report_row "$label" 404 order 0.90
	report_row "$label" 422 ok_post 0.90
	report_row "$label" 401 ok 0.90
	report_row "$label" 409 ok 0.90
	report_row "$label" 429 ok 0.90
	report_row "$label" 400 ok_close 0.90
	report_row "$label" 400_filter summary_close 0.90
	report_row "$label" 500 ok_close 0.60
	read -r n logged < <(awk -v l="$label" '$1 == l && $3 == 500 { n += $8; g += $9 } END { print n, g }' \
		"$WORK/results")
	read -r _ once lines bytes tomcat < <(grep "^$label " "$WORK/logging")
	echo "500 under load: $logged ERROR lines for $n 500s counted by wrk (which leaves out requests in flight when it stops)"
	echo "20 sequential 500s: $once ERROR lines; per 500 $lines log lines, $bytes bytes; $tomcat lines of Tomcat's own error log"
done
for label in repeat-window no-packaging-data; do
	grep -q "^$label " "$WORK/logging" 2>/dev/null || continue
	read -r rps ctl ratio low high cpu ctl_cpu cpu_ratio < <(ratio_of "$label" 500 ok_close)
	read -r _ once lines bytes _ < <(grep "^$label " "$WORK/logging")
	echo
	echo "500 with $label (own start): $rps req/s, $ratio [$low-$high] of $ctl ok_close (CPU $cpu us vs $ctl_cpu us," \
		"$cpu_ratio); 20 sequential 500s: $once ERROR lines, $lines log lines and $bytes bytes per 500"
	SUMMARY+="500/ok_close-$label=$ratio "
done
startup() {
	local on off
	on=$(awk -v c="$1" '$1 == "on" {print $c}' "$WORK/startup" | median)
	off=$(awk -v c="$1" '$1 == "off" {print $c}' "$WORK/startup" | median)
	echo "$on $off $(awk -v a="$on" -v b="$off" 'BEGIN { printf "%+.1f", (a - b) * 100 / b }')"
}
read -r on off startup_cost < <(startup 2)
read -r on_cpu off_cpu startup_cpu_cost < <(startup 3)
echo
echo "Startup to the first 200 of /ok, median of $STARTS_MADE alternating starts (target: under +5%):"
echo "  wall clock: enabled $on ms, disabled $off ms ($startup_cost%)"
echo "  CPU time:   enabled $on_cpu ms, disabled $off_cpu ms ($startup_cpu_cost%)"
echo "Raw results: $WORK (application logs too with KEEP_LOGS=1)"
echo "SUMMARY ${SUMMARY}startup=${startup_cost}% (CPU ${startup_cpu_cost}%) in $((SECONDS - STARTED_AT)) s"
