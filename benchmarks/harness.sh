# Shared by load.sh and profile.sh (sourced, never run): the sample app's variants started side by side, the
# requests of each case, wrk runs with the app's CPU time per request.
#
# The caller sets ROOT (the repository) and WORK (a scratch directory) and calls harness_init first.
# Variants, each its own JVM on its own port, running at the same time so that runs can alternate between them:
#   problem-details  the sample app with the starter, a stack trace logged for every 500 as the floor logs it
#                    (problem-details.logging.repeat-window=0; load.sh measures the default window on its own)
#   floor            the same controllers without the starter, answering each failure at once with the body the
#                    starter sent for it in this run (profile "floor", sample-app/.../floor/FloorConfiguration)
#   spring-problemdetail  Spring's built-in ProblemDetail support instead of the starter
# shellcheck shell=bash

JAVA_OPTS=(-Xms512m -Xmx512m)
declare -A PID_OF=() PORT_OF=()

log() { printf '%s\n' "$*" >&2; }

# The application logs hold a stack trace per 500 (hundreds of MB); KEEP_LOGS=1 keeps them.
harness_cleanup() {
	local label
	for label in "${!PID_OF[@]}"; do stop_app "$label"; done
	[[ "${KEEP_LOGS:-0}" == 1 ]] || rm -f "$WORK"/*.log
}

harness_init() {
	trap harness_cleanup EXIT
	trap 'exit 130' INT TERM
	if ! command -v wrk >/dev/null; then
		log "Installing wrk from the OS packages..."
		local sudo=""
		[[ $(id -u) -ne 0 ]] && sudo="sudo"
		$sudo apt-get update -qq
		$sudo apt-get install -y -qq wrk >/dev/null
	fi
	command -v curl >/dev/null || { log "curl is required"; exit 1; }
	log "Building the sample app..."
	# A jar whose own classes did not change is kept as it is, with the starter it was packaged with: forced.
	(cd "$ROOT" && ./mvnw -B -q -pl sample-app -am package -DskipTests -Dmaven.jar.forceCreation=true)
	JAR="$(ls "$ROOT"/sample-app/target/problem-details-sample-app-*.jar | grep -v original | head -n 1)"
	write_request_files
}

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

# start_app LABEL LOGFILE ARGS...: starts the jar; sets PID_OF[LABEL], PORT_OF[LABEL], STARTUP_MS (wall-clock ms
# to the first 200 of /ok) and STARTUP_CPU_MS (CPU ms the JVM used until then, less disturbed by other load on the
# machine). Not called in a subshell, so that the exit trap knows the PID.
start_app() {
	local label="$1" logfile="$2" port pid start end
	shift 2
	port="$(free_port)"
	start=$(date +%s%N)
	java "${JAVA_OPTS[@]}" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
		--sample.rate-limit.requests-per-window=1 --sample.rate-limit.window=1h "$@" >"$logfile" 2>&1 &
	pid=$!
	PID_OF[$label]=$pid
	PORT_OF[$label]=$port
	local deadline=$((SECONDS + 90))
	until curl -fs -o /dev/null "http://127.0.0.1:$port/ok"; do
		if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
			log "The sample app ($label) did not start; its log:"
			tail -n 40 "$logfile" >&2
			exit 1
		fi
		sleep 0.05
	done
	end=$(date +%s%N)
	STARTUP_MS=$(((end - start) / 1000000))
	STARTUP_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
}

stop_app() {
	local pid="${PID_OF[$1]:-}"
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	unset "PID_OF[$1]"
}

# --- requests ----------------------------------------------------------------------------
# The 422's body has six violations; the control posts the same order, valid, to POST /ok, which reads and
# validates it as POST /orders does. The order of the 404's control has five lines, so that its 200 is about
# as long as the 404's problem.
INVALID_ORDER='{"customerId":null,"items":[{"sku":"","quantity":0},{"sku":" ","quantity":-1},{"sku":"ABC-3","quantity":0}]}'
VALID_ORDER='{"customerId":1,"items":[{"sku":"ABC","quantity":1},{"sku":"ABC-2","quantity":1},{"sku":"ABC-3","quantity":1}]}'
CONTROL_ORDER='{"customerId":1,"items":[{"sku":"SKU-00000001","quantity":1},{"sku":"SKU-00000002","quantity":1},{"sku":"SKU-00000003","quantity":1},{"sku":"SKU-00000004","quantity":1},{"sku":"SKU-00000005","quantity":1}]}'

write_request_files() {
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
}

post_script() {
	cat >"$WORK/$1.lua" <<LUA
wrk.method = "POST"
wrk.body = '${2:-}'
wrk.headers["Content-Type"] = "application/json"
LUA
}

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
ALL=(ok ok_close ok_post order summary_close 404 422 401 409 429 500 400 400_filter)
ERRORS=(404 422 401 409 429 400 400_filter 500)

# curl_endpoint LABEL ENDPOINT CURL_OPTIONS...: one request as wrk sends it; the body goes to BODY_FILE, if set.
curl_endpoint() {
	local label="$1" name="$2" json=(-X POST -H 'Content-Type: application/json')
	shift 2
	case "$name" in
		ok_close) set -- "$@" -H 'Connection: close' ;;
		summary_close) set -- "$@" -H 'Connection: close' -H 'X-Tenant: acme' ;;
		400_filter) set -- "$@" -H 'X-Tenant: Not-A-Tenant' ;;
		ok_post) set -- "$@" "${json[@]}" -d "$VALID_ORDER" ;;
		422) set -- "$@" "${json[@]}" -d "$INVALID_ORDER" ;;
		409) set -- "$@" -X POST ;;
	esac
	curl -s -o "${BODY_FILE:-/dev/null}" "$@" "http://127.0.0.1:${PORT_OF[$label]}${PATHS[$name]}"
}

# set_up_state LABEL: creates user 1, orders 1 and 2, cancels order 2 and uses up the client's /quotes window.
set_up_state() {
	local base="http://127.0.0.1:${PORT_OF[$1]}" json=(-s -o /dev/null -X POST -H 'Content-Type: application/json')
	curl "${json[@]}" -d '{"name":"Load Test","email":"load@example.com"}' "$base/users"
	curl "${json[@]}" -d "$CONTROL_ORDER" "$base/orders"
	curl "${json[@]}" -d "$VALID_ORDER" "$base/orders"
	curl -s -o /dev/null -X POST "$base/orders/2/cancel"
	# The window's one allowed call: every later /quotes of this client is a 429.
	curl -s -o /dev/null "$base/quotes"
}

# save_bodies LABEL DIRECTORY: the body of each failure as that variant answers it, one file per case, for the
# floor to send.
save_bodies() {
	local name
	mkdir -p "$2"
	for name in "${ERRORS[@]}"; do
		BODY_FILE="$2/$name.json" curl_endpoint "$1" "$name"
	done
}

# start_variant LABEL: starts and sets up one variant; the floor needs the starter's bodies in $WORK/bodies.
start_variant() {
	local label="$1"
	log "[$label] starting..."
	case "$label" in
		problem-details) start_app "$label" "$WORK/$label.log" --problem-details.logging.repeat-window=0 ;;
		floor | second-floor) start_app "$label" "$WORK/$label.log" --spring.profiles.active=floor \
			--sample.floor.bodies="$WORK/bodies" ;;
		no-request-hooks) start_app "$label" "$WORK/$label.log" --spring.profiles.active=no-request-hooks \
			--problem-details.logging.repeat-window=0 ;;
		spring-problemdetail) start_app "$label" "$WORK/$label.log" --problem-details.enabled=false \
			--spring.mvc.problemdetails.enabled=true ;;
		*) log "Unknown variant $label"; exit 1 ;;
	esac
	set_up_state "$label"
}

# --- load --------------------------------------------------------------------------------
# cpu_snapshot PID: "thread nanoseconds" per live thread of the process, from the scheduler's own accounting
# (/proc/PID/task/*/schedstat, exact to the nanosecond where /proc/PID/stat counts 10 ms ticks); the JIT compiler's
# threads as "jit:thread", since compiling is warm-up, not the work of the requests.
cpu_snapshot() {
	local task ns name
	for task in /proc/"$1"/task/*; do
		# A thread may end between the listing and the read.
		{ read -r ns _ <"$task/schedstat" && read -r name <"$task/comm"; } 2>/dev/null || continue
		case "$name" in
			"C1 Compiler"* | "C2 Compiler"*) echo "jit:${task##*/} $ns" ;;
			*) echo "${task##*/} $ns" ;;
		esac
	done
}

# cpu_since PID SNAPSHOT: "nanoseconds jit_nanoseconds", the CPU time the process used since the snapshot, apart
# from and of the JIT compiler (threads started since count whole; a thread that ended in between is missed,
# which the JVM's long-lived request threads do not do within a run).
cpu_since() {
	cpu_snapshot "$1" | awk -v before="$2" '
		BEGIN { n = split(before, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); was[f[1]] = f[2] } }
		{ used = $2 - (($1 in was) ? was[$1] : 0); if ($1 ~ /^jit:/) jit += used; else app += used }
		END { printf "%.0f %.0f\n", app, jit }'
}

# run_wrk LABEL ENDPOINT SECONDS: prints "requests requests_per_second cpu_microseconds_per_request
# jit_microseconds_per_request": the app's CPU time, user and system, divided by the requests wrk counted, apart
# from the JIT compiler's, which is near 0 once the app is warm.
run_wrk() {
	local pid="${PID_OF[$1]}" before output requests rps used jit
	before=$(cpu_snapshot "$pid")
	# shellcheck disable=SC2086 # the arguments are words
	output=$(wrk -t2 -c32 -d"$3"s ${WRK_ARGS[$2]:-} "http://127.0.0.1:${PORT_OF[$1]}${PATHS[$2]}")
	read -r used jit < <(cpu_since "$pid" "$before")
	requests=$(awk '/requests in/ {print $1}' <<<"$output")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
	awk -v n="$requests" -v r="$rps" -v ns="$used" -v jit="$jit" \
		'BEGIN { printf "%d %s %.2f %.2f\n", n, r, ns / 1000 / n, jit / 1000 / n }'
}

# warm_up LABEL...: each endpoint of WARM_UP for a second on every app, interleaved so that all warm up under the
# same conditions, in passes until the JIT compiler has little left to do (under 5% of the apps' CPU time in a
# pass, at least two passes, at most WARM_UP_PASSES).
WARM_UP=("${ALL[@]}")
warm_up() {
	local pass name label share
	log "Warming up $*..."
	for ((pass = 1; pass <= ${WARM_UP_PASSES:-6}; pass++)); do
		: >"$WORK/warm-up"
		for name in "${WARM_UP[@]}"; do
			for label in "$@"; do run_wrk "$label" "$name" 1 >>"$WORK/warm-up"; done
		done
		share=$(awk '{ cpu += $1 * $3; jit += $1 * $4 } END { printf "%.0f", 100 * jit / (cpu + jit) }' "$WORK/warm-up")
		log "  pass $pass: the JIT compiler used $share% of the apps' CPU time"
		((pass < 2 || share >= 5)) || break
	done
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
