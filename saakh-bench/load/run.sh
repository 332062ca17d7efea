#!/usr/bin/env bash
# Load benchmark of the Saakh server with wrk (Debian: apt-get install -y wrk). Builds nothing:
# first build the jar with
#   mvn -B -q -DskipTests package -pl saakh-server -am
# then run, from anywhere,
#   saakh-bench/load/run.sh [--runs N] [--duration 60s] [--connections 100] [--threads 2]
#                           [--customers 20] [--warmup 15s] [--timeout 30s] [--label TEXT]
#                           [-- SERVER-ARGS...]
# It starts saakh-server/target/saakh-server.jar on a fresh temporary data directory with the demo
# (users, tokens, N customers), waits for /actuator/health, warms up, then runs wrk N times for
# each scenario: (a) reads of a customer's transaction_summary report, (b) decisions (POST). It
# prints p50/p99/throughput and non-2xx counts and appends them, with the machine, to
# saakh-bench/load/results-<UTC date>.md. SERVER-ARGS go to the server, e.g. for PostgreSQL:
#   .ci/run db-only   # recreates the empty saakh_it database and its two roles
#   saakh-bench/load/run.sh --label postgresql -- \
#     --saakh.db.url=jdbc:postgresql://127.0.0.1:5432/saakh_it --saakh.db.user=saakh_app \
#     --saakh.db.password=saakh_app_it --saakh.db.migrate-user=saakh_owner \
#     --saakh.db.migrate-password=saakh_owner_it
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/saakh-server/target/saakh-server.jar"

runs=3 duration=60s connections=100 threads=2 customers=20 label=h2 warmup=15s timeout=30s
port=${SAAKH_LOAD_PORT:-18089}
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --customers) customers=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "run.sh: unknown option $1 (see the head of this script)" >&2; exit 2 ;;
  esac
done

if [ ! -f "$jar" ]; then
  echo "run.sh: $jar is missing; build it first: mvn -B -q -DskipTests package -pl saakh-server -am" >&2
  exit 1
fi
command -v wrk >/dev/null || { echo "run.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/saakh-load-XXXXXX)
server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT

base="http://127.0.0.1:$port"
token=saakh-demo-token-underwriter
echo "run.sh: starting the server on $base (data dir $work, log $work/server.log)"
java ${SAAKH_LOAD_JAVA_OPTS:-} -jar "$jar" --saakh.data-dir="$work/data" --saakh.port="$port" \
  --saakh.demo.customers="$customers" "$@" >"$work/server.log" 2>&1 &
server_pid=$!
# Health is UP before the demo has finished seeding, so wait for the first customer's report too.
ready=
for _ in $(seq 1 600); do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$work/server.log" >&2; exit 1; }
  health=$(curl -sS "$base/actuator/health" 2>/dev/null || true)
  seeded=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$base/api/v1/customers/CUST_MSM_00001/reports/transaction_summary" 2>/dev/null || true)
  if [[ $health == *'"UP"'* && $seeded == 200 ]]; then ready=yes; break; fi
  sleep 1
done
[ -n "$ready" ] || { echo "run.sh: server not healthy/seeded, see $work/server.log" >&2; exit 1; }

# The demo's ids (half MSME, half consumer); keep those whose consent lets the report be read.
ids=()
msme=$(( (customers + 1) / 2 ))
for i in $(seq 1 "$customers"); do
  if [ "$i" -le "$msme" ]; then id=$(printf 'CUST_MSM_%05d' "$i"); else id=$(printf 'CUST_CON_%05d' $((i - msme))); fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$base/api/v1/customers/$id/reports/transaction_summary")
  if [ "$code" = 200 ]; then ids+=("$id"); fi
done
[ ${#ids[@]} -gt 0 ] || { echo "run.sh: no demo customer serves its report" >&2; exit 1; }
echo "run.sh: ${#ids[@]} of $customers demo customers have usable consent: ${ids[*]}"

db=$(grep -m1 'StartupReport' "$work/server.log" | sed 's/.*database: //' || true)

# CPU accounting, in jiffies: the machine's busy and total time, and the server's own.
machine_cpu() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
server_cpu() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
wrk_run() { # scenario duration -> the "saakh:" line, with the cores used by server, wrk and the rest
  local busy0 all0 srv0 busy1 all1 srv1 wrk_s
  read -r busy0 all0 < <(machine_cpu)
  srv0=$(server_cpu)
  wrk -t"$threads" -c"$connections" -d"$2" --timeout "$timeout" --latency -s "$here/saakh.lua" "$base" -- "$1" "${ids[@]}" \
    >"$work/wrk-$1.out" 2>&1
  read -r busy1 all1 < <(machine_cpu)
  srv1=$(server_cpu 2>/dev/null || echo "$srv0")
  # times' second line: user and system time of this subshell's children, that is wrk.
  # (times writes to a file: in a pipe it would run in a subshell without those children)
  times >"$work/times.out"
  wrk_s=$(sed -n 2p "$work/times.out" | awk '{gsub(/[ms]/, " "); split($0, t, " "); print t[1] * 60 + t[2] + t[3] * 60 + t[4]}')
  cat "$work/wrk-$1.out" >>"$work/wrk-all.out"
  local cpus; cpus=$(nproc)
  awk -v b=$((busy1 - busy0)) -v a=$((all1 - all0)) -v s=$((srv1 - srv0)) -v w="$wrk_s" -v n="$cpus" \
    -v hz="$(getconf CLK_TCK)" -v line="$(grep '^saakh:' "$work/wrk-$1.out" | head -n 1)" \
    'BEGIN {secs = a / n / hz; srv = s / a * n; wrk = w / secs; rest = b / a * n - srv - wrk;
      printf "%s server_cores=%.2f wrk_cores=%.2f other_cores=%.2f\n", line, srv, wrk, (rest < 0 ? 0 : rest)}'
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1" | head -n 1; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "run.sh: warm-up, $warmup per scenario (not recorded)"
wrk_run read "$warmup" >/dev/null
wrk_run decide "$warmup" >/dev/null

# Other work on the machine skews the numbers, so each run records the CPU cores the server, wrk
# and everything else used during it ("other cores": a build running beside the benchmark).
declare -A lines
for scenario in read decide; do
  for r in $(seq 1 "$runs"); do
    if [ -n "${SAAKH_LOAD_JFR:-}" ] && [ "$r" = 1 ]; then
      # A JFR recording (profile settings) of the first run of each scenario, for a quick look at what dominates.
      jcmd "$server_pid" JFR.start name="$scenario" settings=profile duration="$duration" filename="$work/$scenario.jfr" >/dev/null
    fi
    line=$(wrk_run "$scenario" "$duration" | head -n 1)
    echo "run.sh: $scenario run $r: ${line#saakh: }"
    lines[$scenario]+="$line"$'\n'
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "run.sh: the server stopped during $scenario run $r; see $work/server.log" >&2
      exit 1
    fi
  done
done

date_utc=$(date -u +%F)
out="$here/results-$date_utc.md"
if [ ! -f "$out" ]; then
  {
    echo "# Saakh load benchmark, $date_utc"
    echo
    echo "Made by \`saakh-bench/load/run.sh\` (wrk; see saakh-bench/README-load.md). Budget: no 5xx,"
    echo "analytics read p99 <= 50 ms at 100 connections."
  } >"$out"
fi
{
  echo
  echo "## $label, $(date -u +%H:%M) UTC"
  echo
  echo "* commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "* machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM"
  echo "* java: $(java -version 2>&1 | head -n 1); $(java -version 2>&1 | sed -n 3p)"
  echo "* wrk: $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2); -t$threads -c$connections -d$duration --timeout $timeout --latency, $runs runs per scenario after a $warmup warm-up"
  echo "* server: demo, $customers customers (${#ids[@]} with usable consent), JAVA_OPTS '${SAAKH_LOAD_JAVA_OPTS:-}', args '$*'"
  echo "* database: ${db:-unknown}"
  echo
  echo "| scenario | run | requests/s | p50 ms | p90 ms | p99 ms | max ms | 5xx | other non-2xx | socket errors | timeouts | server cores | wrk cores | other cores |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for scenario in read decide; do
    r=0
    while IFS= read -r line; do
      [ -n "$line" ] || continue
      r=$((r + 1))
      echo "| $scenario | $r | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p90_ms) | $(field "$line" p99_ms) | $(field "$line" max_ms) | $(field "$line" status_5xx) | $(field "$line" status_other_non2xx) | $(field "$line" socket_errors) | $(field "$line" timeouts) | $(field "$line" server_cores) | $(field "$line" wrk_cores) | $(field "$line" other_cores) |"
    done <<<"${lines[$scenario]}"
  done
  echo
  for scenario in read decide; do
    rps=$(while IFS= read -r l; do if [ -n "$l" ]; then field "$l" rps; fi; done <<<"${lines[$scenario]}" | median)
    p50=$(while IFS= read -r l; do if [ -n "$l" ]; then field "$l" p50_ms; fi; done <<<"${lines[$scenario]}" | median)
    p99=$(while IFS= read -r l; do if [ -n "$l" ]; then field "$l" p99_ms; fi; done <<<"${lines[$scenario]}" | median)
    s5=$(while IFS= read -r l; do if [ -n "$l" ]; then field "$l" status_5xx; fi; done <<<"${lines[$scenario]}" | awk '{s += $1} END {print s + 0}')
    echo "* **$scenario, median of $runs**: $rps requests/s, p50 $p50 ms, p99 $p99 ms; 5xx in all runs: $s5"
    if [ "$scenario" = read ]; then read_p99=$p99 read_5xx=$s5; else decide_5xx=$s5; fi
  done
  if awk -v p="$read_p99" 'BEGIN {exit !(p <= 50)}' && [ "$read_5xx" = 0 ] && [ "$decide_5xx" = 0 ]; then
    echo "* budget (no 5xx, read p99 <= 50 ms): **met**"
  else
    echo "* budget (no 5xx, read p99 <= 50 ms): **missed** (read p99 $read_p99 ms, 5xx $read_5xx read / $decide_5xx decide)"
  fi
} | tee -a "$out"
if grep -q 'first non-2xx' "$work/wrk-all.out"; then
  echo "run.sh: some responses were not 2xx, first ones:" >&2
  grep 'first non-2xx' "$work/wrk-all.out" | head -n 4 >&2
fi
echo "run.sh: results appended to $out (server log and wrk output in $work)"
