-- wrk script for the protocol benchmark: POSTs a Teams text message (a new activity id each time, spread over
-- 64 personal conversations like real traffic) to /api/messages. BENCH_TOKEN, when set, is sent as
-- "Authorization: Bearer …" (DanVanBot, authentication on); the JS SDK bot runs with authentication off and
-- gets no header. done() prints one machine-readable line for run.sh.
local token = os.getenv("BENCH_TOKEN")
local service_url = os.getenv("BENCH_SERVICE_URL") or "http://127.0.0.1:3990/"
local text = os.getenv("BENCH_TEXT") or "cảm ơn anh nhé"
local counter = 0
-- Activity ids must differ between wrk runs too: the bot ignores a second delivery of an id it saw recently.
local run = string.format("%d-%d", os.time(), math.floor(os.clock() * 1e6))

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=utf-8"
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local template = [[{"type":"message","id":"%s","timestamp":"2026-11-21T08:00:00.000Z","localTimestamp":"2026-11-21T15:00:00.000+07:00",]] ..
  [["serviceUrl":"%s","channelId":"msteams","from":{"id":"29:bench-user-%d","name":"Nguyễn Văn An","aadObjectId":"00000000-0000-4000-8000-%012d"},]] ..
  [["conversation":{"conversationType":"personal","tenantId":"11111111-2222-4333-8444-555555555555","id":"a:bench-conversation-%d"},]] ..
  [["recipient":{"id":"28:danvanbot","name":"DanVanBot"},"textFormat":"plain","locale":"vi-VN","text":"%s",]] ..
  [["entities":[{"type":"clientInfo","locale":"vi-VN","country":"VN","platform":"Android","timezone":"Asia/Saigon"}],]] ..
  [["channelData":{"tenant":{"id":"11111111-2222-4333-8444-555555555555"}}}]]

request = function()
  counter = counter + 1
  local user = counter % 64
  local body = string.format(template, "bench-" .. run .. "-" .. counter, service_url, user, user, user, text)
  return wrk.format(nil, "/api/messages", nil, body)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status))
end
