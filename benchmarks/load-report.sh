# The report of load.sh (sourced at its end, never run): reads $WORK/results, success, sizes, logging and startup.
# shellcheck shell=bash

# quantiles: of the numbers on stdin, prints "median first_quartile third_quartile minimum maximum".
quantiles() {
	sort -g | awk '{a[NR] = $1}
		function at(p) { return a[int((NR - 1) * p + 0.5) + 1] }
		END { if (NR) print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, at(0.25), at(0.75), a[1], a[NR] }'
}

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

# paired_with_floor LABEL FIELD VALUE RPS_FIELD CPU_FIELD: for each case and round in which the rows of LABEL and
# of the floor have VALUE in FIELD, prints "rps_ratio cpu cpu_of_floor cpu_difference" (LABEL over the floor).
paired_with_floor() {
	awk -v l="$1" -v f="$2" -v v="$3" -v rf="$4" -v cf="$5" '
		$f == v && ($1 == l || $1 == "floor") {
			k = $3 "/" $2
			if ($1 == l) { r[k] = $rf; c[k] = $cf } else { fr[k] = $rf; fc[k] = $cf }
		}
		END { for (k in r) if (k in fr) printf "%.4f %.2f %.2f %.2f\n", r[k] / fr[k], c[k], fc[k], c[k] - fc[k] }' \
		"$WORK/results"
}

# against_floor LABEL FIELD VALUE RPS_FIELD CPU_FIELD: prints "ratio min max cpu cpu_of_floor cpu_difference",
# medians over the paired runs, or dashes.
against_floor() {
	local pairs
	pairs=$(paired_with_floor "$@")
	if [[ -z $pairs ]]; then
		echo "- - - - - -"
		return
	fi
	local ratio low high
	read -r ratio _ _ low high < <(awk '{print $1}' <<<"$pairs" | quantiles)
	printf '%.2f %.2f %.2f %.1f %.1f %+.1f\n' "$ratio" "$low" "$high" "$(awk '{print $2}' <<<"$pairs" | median)" \
		"$(awk '{print $3}' <<<"$pairs" | median)" "$(awk '{print $4}' <<<"$pairs" | median)"
}

size_of() { awk -v l="$1" -v e="$2" '$1 == l && $2 == e {print $3}' "$WORK/sizes"; }

echo
echo "Machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -n 1)," \
	"load average $LOAD_AT_START at the start, $(cut -d ' ' -f 1-3 /proc/loadavg) at the end; $(date -u +%F)"
echo "wrk -t2 -c32 -d${DURATION}s on 127.0.0.1, -Xms512m -Xmx512m; apps side by side:" \
	"${VARIANTS[*]}${SUCCESS_ONLY_VARIANTS[*]:+ (and on the success path only: ${SUCCESS_ONLY_VARIANTS[*]})}; each error" \
	"$ALTERNATIONS times per app between runs of its control, alternating across the apps, in each of $FORKS fork(s)" \
	"(apps started afresh); medians, ranges in brackets"
echo "JIT compilation during the measured runs: $(awk '{ cpu += $8 * $10; jit += $8 * $13 }
	END { printf "%.1f", 100 * jit / (cpu + jit) }' "$WORK/results")% of the apps' CPU time, left out of the CPU time" \
	"per request (a warm app compiles next to nothing)"
SUMMARY=""
# report_row LABEL ERROR CONTROL TARGET
report_row() {
	local label="$1" error="$2" control="$3" target="$4" rps ctl ratio low high cpu ctl_cpu cpu_ratio verdict=""
	read -r rps ctl ratio low high cpu ctl_cpu cpu_ratio < <(ratio_of "$label" "$error" "$control")
	if [[ $ratio != "-" ]]; then
		verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "not met" }')
	fi
	printf '%-10s %-16s %6s B %7s  %-13s %7s %5s %-11s %6s   %6s %6s %5s   %s\n' "$error" "${PATHS[$error]}" \
		"$(size_of "$label" "$error")" "$rps" "$control" "$ctl" "$ratio" "[$low-$high]" "$target" "$cpu" "$ctl_cpu" \
		"$cpu_ratio" "$verdict"
	if [[ $label == problem-details ]]; then
		SUMMARY+="$error/$control=$ratio "
	fi
}
for label in "${VARIANTS[@]}"; do
	echo
	echo "== $label, against its controls (body sizes: ok $(size_of "$label" ok) B, order $(size_of "$label" order) B," \
		"ok_post $(size_of "$label" ok_post) B)"
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

# --- against the floor -------------------------------------------------------------------
echo
echo "== Against the floor: each run over the floor's run of the same round (targets: >= 0.95 for an error, >= 0.98"
echo "   for a success);"
echo "   +us/req is the CPU time per request over the floor's, median of the rounds' differences"
header="%-14s %-16s %7s %7s"
header_args=(case endpoint "floor B" "fl us")
for label in "${VARIANTS[@]}"; do
	[[ $label == floor ]] && continue
	header+="   %-22s %6s %7s"
	header_args+=("$label [range]" "us/req" "+us/req")
done
# shellcheck disable=SC2059 # the format is built above
printf "$header %s\n" "${header_args[@]}" verdict
# floor_row NAME TARGET FIELD VALUE RPS_FIELD CPU_FIELD: one case (an error, or a control as a success of its own);
# sets STARTER_RATIO, the starter's ratio to the floor.
floor_row() {
	local name="$1" target="$2" label ratio low high cpu floor_cpu difference line verdict="" floor_size
	shift 2
	floor_size=$(size_of floor "$name")
	line=$(printf '%-14s %-16s %7s' "$name" "${PATHS[$name]}" "$floor_size")
	for label in "${VARIANTS[@]}"; do
		[[ $label == floor ]] && continue
		read -r ratio low high cpu floor_cpu difference < <(against_floor "$label" "$@")
		[[ $label == problem-details ]] && line+=$(printf ' %7s' "$floor_cpu")
		line+=$(printf '   %-22s %6s %7s' "$ratio [$low-$high]" "$cpu" "$difference")
		if [[ $label == problem-details && $ratio != "-" ]]; then
			STARTER_RATIO=$ratio
			verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "not met" }')
			if [[ $(size_of problem-details "$name") != "$floor_size" ]]; then
				verdict+=" (the starter's body: $(size_of problem-details "$name") B)"
			fi
		fi
	done
	echo "$line   $verdict"
}
for error in "${ERRORS[@]}"; do
	STARTER_RATIO="-"
	floor_row "$error" 0.95 3 "$error" 4 10
	SUMMARY+="$error/floor=$STARTER_RATIO "
done
echo "successes (the controls above, from their runs that follow an error run):"
for control in order ok_post ok ok_close summary_close; do floor_row "$control" 0.98 5 "$control" 7 12; done

# --- success path ------------------------------------------------------------------------
# success_pairs LABEL [BASE]: for each run of the success path, "rps_ratio cpu_difference cpu cpu_of_base rps
# rps_of_base run" (LABEL over BASE, the floor unless given).
success_pairs() {
	awk -v l="$1" -v b="${2:-floor}" '
		$1 == l { r[$2] = $3; c[$2] = $4 } $1 == b { fr[$2] = $3; fc[$2] = $4 }
		END { for (k in r) if (k in fr) printf "%.4f %.2f %.2f %.2f %.0f %.0f %d\n", r[k] / fr[k], c[k] - fc[k], c[k], fc[k], r[k], fr[k], k }' \
		"$WORK/success"
}

# per_start PAIRS: the median CPU difference of the success path's runs in each start of the apps. Each start
# compiles the code afresh, and how the JIT compiler happens to compile it moves a whole start's runs together, so
# the spread between starts, not the quartiles of the runs, is what the CPU difference is known to; their median
# follows the list.
per_start() {
	local start medians=""
	for ((start = 1; start <= OK_STARTS; start++)); do
		medians+="$(awk -v first=$(((start - 1) * OK_ROUNDS + 1)) -v last=$((start * OK_ROUNDS)) \
			'$7 >= first && $7 <= last { print $2 }' <<<"$1" | median) "
	done
	# shellcheck disable=SC2086 # one argument per start
	printf ' %+.2f' $medians
	printf ' (median %+.2f)' "$(tr ' ' '\n' <<<"$medians" | grep . | median)"
}
if [[ -s $WORK/success ]]; then
	success_pairs=$(success_pairs problem-details)
	read -r ok_ratio ok_ratio_q1 ok_ratio_q3 ok_ratio_low ok_ratio_high < <(awk '{print $1}' <<<"$success_pairs" | quantiles)
	read -r ok_added ok_added_q1 ok_added_q3 ok_added_low ok_added_high < <(awk '{print $2}' <<<"$success_pairs" | quantiles)
	echo
	echo "== Success path: GET /ok, $(wc -l <<<"$success_pairs") alternating runs per app in $OK_STARTS start(s) (targets:" \
		"<= 1 us CPU per request over the floor, >= 0.98 of its throughput)"
	printf '  problem-details %7.0f req/s %6.1f us/req; floor (no starter) %7.0f req/s %6.1f us/req\n' \
		"$(awk '{print $5}' <<<"$success_pairs" | median)" "$(awk '{print $3}' <<<"$success_pairs" | median)" \
		"$(awk '{print $6}' <<<"$success_pairs" | median)" "$(awk '{print $4}' <<<"$success_pairs" | median)"
	printf '  throughput ratio %.3f (quartiles %.3f-%.3f, range %.3f-%.3f): %s\n' "$ok_ratio" "$ok_ratio_q1" \
		"$ok_ratio_q3" "$ok_ratio_low" "$ok_ratio_high" \
		"$(awk -v r="$ok_ratio" 'BEGIN { print (r >= 0.98) ? "met" : "not met" }')"
	printf '  CPU added per request %+.2f us (quartiles %+.2f to %+.2f, range %+.2f to %+.2f): %s\n' "$ok_added" \
		"$ok_added_q1" "$ok_added_q3" "$ok_added_low" "$ok_added_high" \
		"$(awk -v a="$ok_added" 'BEGIN { print (a <= 1) ? "met" : "not met" }')"
	((OK_STARTS < 2)) || echo "  CPU added per request in each start of the apps:$(per_start "$success_pairs") us"
	SUMMARY+="ok/floor=$(printf '%.3f' "$ok_ratio") ok+cpu=$(printf '%+.2f' "$ok_added")us "
	if grep -q '^second-floor ' "$WORK/success"; then
		calibration_pairs=$(success_pairs second-floor)
		read -r ok_ratio ok_ratio_q1 ok_ratio_q3 _ _ < <(awk '{print $1}' <<<"$calibration_pairs" | quantiles)
		read -r ok_added ok_added_q1 ok_added_q3 _ _ < <(awk '{print $2}' <<<"$calibration_pairs" | quantiles)
		printf '  the second floor, the same app as the floor: throughput ratio %.3f (quartiles %.3f-%.3f), CPU %+.2f us' \
			"$ok_ratio" "$ok_ratio_q1" "$ok_ratio_q3" "$ok_added"
		printf ' per request (quartiles %+.2f to %+.2f): what the harness cannot tell apart in this run\n' \
			"$ok_added_q1" "$ok_added_q3"
		((OK_STARTS < 2)) || echo "    in each start:$(per_start "$calibration_pairs") us"
	fi
	if grep -q '^no-request-hooks ' "$WORK/success"; then
		for pair in "no-request-hooks floor" "problem-details no-request-hooks"; do
			read -r label base <<<"$pair"
			hook_pairs=$(success_pairs "$label" "$base")
			read -r ok_ratio ok_ratio_q1 ok_ratio_q3 _ _ < <(awk '{print $1}' <<<"$hook_pairs" | quantiles)
			read -r ok_added ok_added_q1 ok_added_q3 _ _ < <(awk '{print $2}' <<<"$hook_pairs" | quantiles)
			printf '  %s over %s: throughput ratio %.3f (quartiles %.3f-%.3f), CPU %+.2f us per request' "$label" \
				"$base" "$ok_ratio" "$ok_ratio_q1" "$ok_ratio_q3" "$ok_added"
			printf ' (quartiles %+.2f to %+.2f)\n' "$ok_added_q1" "$ok_added_q3"
		done
		echo "  (no-request-hooks: the starter without its filters, security customization, completion advice," \
			"valve and catalogue;"
		echo "   over the floor, what the starter costs by being there; the starter over it, what those hooks cost)"
	fi
fi

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
