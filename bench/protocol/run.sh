#!/usr/bin/env bash
# Protocol benchmark (issue 2): the same Teams text turn through DanVanBot (authentication ON, locally signed
# tokens) and through Microsoft's JavaScript SDK (botbuilder 4.23.3, authentication off), one after the other in
# one run, with the same wrk script; both reply to the same local fake Connector, which counts the replies.
# Everything listens on 127.0.0.1; every load phase is bounded in time (wrk -d) and connections (wrk -c).
#
#   bench/protocol/run.sh                  # defaults: 32 connections, 5 s warm-up, 20 s measured, 2 rounds
#   DURATION=30 CONNECTIONS=64 ROUNDS=3 bench/protocol/run.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-2}
STORAGE=${STORAGE:-sqlite} # sqlite | sqlite-tmpfs | postgres (needs DANVAN_TEST_POSTGRES: source .ci/postgres.sh)
BOT_PORT=${BOT_PORT:-3978}
JS_PORT=${JS_PORT:-3979}
CONNECTOR_PORT=${CONNECTOR_PORT:-3990}
TURN_CONNECTOR_PORT=${TURN_CONNECTOR_PORT:-3991}
TURN_SECONDS=${TURN_SECONDS:-10}
SERVICE_URL="http://127.0.0.1:${CONNECTOR_PORT}/"
work=$(mktemp -d)
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# --- what the benchmark needs -------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >&2; else sudo apt-get install -y -qq wrk >&2; fi
fi
if [ ! -d "$here/jsbot/node_modules/botbuilder" ]; then (cd "$here/jsbot" && npm ci --no-audit --no-fund >&2); fi
dotnet build "$repo/bench/DanVanBot.Bench/DanVanBot.Bench.csproj" -c Release -nologo -v quiet >&2
bench_exe="$repo/bench/DanVanBot.Bench/bin/Release/net10.0/DanVanBot.Bench"

wait_http() { # url, seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for $1" >&2; return 1
}
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
replies() { curl -fsS "http://127.0.0.1:${CONNECTOR_PORT}/count"; }

# --- start the fake Connector and both bots -----------------------------------------------------------------
PORT=$CONNECTOR_PORT node "$here/fake-connector.js" >"$work/connector.log" 2>&1 & pids+=($!)
wait_http "http://127.0.0.1:${CONNECTOR_PORT}/count" 10

"$bench_exe" protocol-host --storage "$STORAGE" --port "$BOT_PORT" --service-url "$SERVICE_URL" --token-file "$work/token" \
  --turn-service-url "http://127.0.0.1:${TURN_CONNECTOR_PORT}/" >"$work/dotnet.log" 2>&1 &
dotnet_pid=$!; pids+=($dotnet_pid)
wait_http "http://127.0.0.1:${BOT_PORT}/healthz" 60
for _ in $(seq 1 100); do [ -s "$work/token" ] && break; sleep 0.1; done
token=$(cat "$work/token")

PORT=$JS_PORT node "$here/jsbot/index.js" >"$work/jsbot.log" 2>&1 &
js_pid=$!; pids+=($js_pid)
for _ in $(seq 1 100); do grep -q listening "$work/jsbot.log" && break; sleep 0.1; done

# A request that must fail proves authentication is really on.
unauth=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"type\":\"message\",\"serviceUrl\":\"$SERVICE_URL\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"x\"},\"text\":\"hi\"}" \
  "http://127.0.0.1:${BOT_PORT}/api/messages")
[ "$unauth" = 401 ] || { echo "DanVanBot accepted a request without a token ($unauth): authentication is off?" >&2; exit 1; }

rest_dotnet=$(rss_mb $dotnet_pid); rest_js=$(rss_mb $js_pid)

# run_one NAME PORT PID TOKEN -> appends a row to $work/rows
run_one() {
  local name=$1 port=$2 pid=$3 bearer=$4
  BENCH_TOKEN=$bearer BENCH_SERVICE_URL=$SERVICE_URL wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s \
    -s "$here/turn.lua" "http://127.0.0.1:${port}" >/dev/null
  sleep 2 # let queued replies finish before counting
  local before; before=$(replies)
  local peak=0 started; started=$(date +%s.%N)
  BENCH_TOKEN=$bearer BENCH_SERVICE_URL=$SERVICE_URL wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s \
    -s "$here/turn.lua" "http://127.0.0.1:${port}" >"$work/wrk.out" &
  local wrk_pid=$!
  while kill -0 $wrk_pid 2>/dev/null; do
    local now; now=$(rss_mb "$pid"); [ "$now" -gt "$peak" ] && peak=$now; sleep 0.5
  done
  wait $wrk_pid
  local at_end; at_end=$(replies)
  local ended; ended=$(date +%s.%N)
  # Replies still queued when the load stops: wait (bounded) until the count settles, to report the lag.
  local settled=$at_end last=-1
  for _ in $(seq 1 100); do settled=$(replies); [ "$settled" = "$last" ] && break; last=$settled; sleep 0.2; done
  local result; result=$(grep '^RESULT' "$work/wrk.out")
  local requests; requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
  local seconds; seconds=$(awk -v s="$started" -v e="$ended" 'BEGIN { printf "%.2f", e - s }')
  echo "$name $result window_replies=$((at_end - before)) total_replies=$((settled - before)) wall=$seconds peak_rss_mb=$peak" >>"$work/rows"
  echo "$name: $result replies_in_window=$((at_end - before)) replies_total=$((settled - before)) of $requests" >&2
}

for round in $(seq 1 "$ROUNDS"); do
  run_one "DanVanBot(auth-on)" "$BOT_PORT" "$dotnet_pid" "$token"
  run_one "botbuilder-js(auth-off)" "$JS_PORT" "$js_pid" ""
done

# Request-to-reply latency: closed-loop virtual users, each waiting for its reply at the load generator's own
# fake Connector before sending the next message (bounded by TURN_SECONDS and a turn count).
for bot in DanVanBot JS; do
  if [ $bot = DanVanBot ]; then url="http://127.0.0.1:${BOT_PORT}"; auth=(--token-file "$work/token.turns"); name="DanVanBot(auth-on)"
  else url="http://127.0.0.1:${JS_PORT}"; auth=(); name="botbuilder-js(auth-off)"; fi
  "$bench_exe" turn-load --name "$name" --url "$url" "${auth[@]}" --users "$CONNECTIONS" --seconds "$TURN_SECONDS" \
    --connector-port "$TURN_CONNECTOR_PORT" | grep '^TURNS' >>"$work/turns"
done

# --- table -------------------------------------------------------------------------------------------------
echo
echo "Protocol benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, DanVanBot storage $STORAGE, wrk -t1 -c$CONNECTIONS -d${DURATION}s, $ROUNDS round(s)"
echo "RSS at rest: DanVanBot ${rest_dotnet} MB, botbuilder-js ${rest_js} MB"
awk '
  function field(name,   i, kv) { for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == name) return kv[2] } return "" }
  BEGIN {
    printf "%-24s %11s %11s %9s %9s %9s %13s %12s\n", "bot", "accepted/s", "replies/s", "p50 ms", "p99 ms", "non-2xx", "replies/reqs", "peak RSS MB"
  }
  {
    secs = field("seconds"); ok = (field("requests") - field("non2xx")) / secs; reps = field("window_replies") / secs
    printf "%-24s %11.0f %11.0f %9.2f %9.2f %9s %6d/%-6d %12s\n", $1, ok, reps, field("p50_ms"), field("p99_ms"),
      field("non2xx"), field("total_replies"), field("requests"), field("peak_rss_mb")
    n[$1]++; r[$1] += ok; rr[$1] += reps; p[$1] += field("p99_ms")
  }
  END {
    a = "DanVanBot(auth-on)"; b = "botbuilder-js(auth-off)"
    if (n[a] && n[b]) {
      printf "\nMeans over rounds: DanVanBot / JS SDK = %.2fx accepted requests (2xx), %.2fx completed replies; p99 %.2f ms vs %.2f ms\n",
        r[a] / r[b], rr[a] / rr[b], p[a] / n[a], p[b] / n[b]
      print "Target: >= 2x the JS SDK throughput with p99 <= its p99. Latency percentiles include any fast 503 (queue full) answers."
    }
  }' "$work/rows"
echo
echo "Request-to-reply, $CONNECTIONS closed-loop users, ${TURN_SECONDS} s each (turns refused with 503 are not timed):"
sed 's/^TURNS //' "$work/turns"
