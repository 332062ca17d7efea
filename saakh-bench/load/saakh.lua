-- wrk script for saakh-bench/load/run.sh: one scenario against a running Saakh server.
--   wrk ... -s saakh.lua http://127.0.0.1:PORT -- read|decide ID [ID ...]
-- read:   GET  /api/v1/customers/<id>/reports/transaction_summary, rotating over the ids
-- decide: POST /api/v1/customers/<id>/decisions with a JSON body, rotating over the ids
-- Every request carries the demo underwriter's bearer token (SAAKH_TOKEN overrides it). done()
-- prints one "saakh:" line that run.sh parses, and the first non-2xx statuses seen.

local token = os.getenv("SAAKH_TOKEN") or "saakh-demo-token-underwriter"
local body = '{"amount": 500000, "tenure_months": 24}'
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "read"
  ids = {}
  for i = 2, #args do
    ids[#ids + 1] = args[i]
  end
  if #ids == 0 then
    error("no customer ids given")
  end
  next_id = tid or 0
  status_5xx = 0
  status_other = 0
  seen = ""
  seen_count = 0
end

function request()
  next_id = next_id + 1
  local id = ids[(next_id % #ids) + 1]
  local path = "/api/v1/customers/" .. id
  if mode == "decide" then
    return wrk.format("POST", path .. "/decisions",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("GET", path .. "/reports/transaction_summary",
    { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, resp)
  if status >= 200 and status < 300 then
    return
  end
  if status >= 500 then
    status_5xx = status_5xx + 1
  else
    status_other = status_other + 1
  end
  if seen_count < 5 then
    seen_count = seen_count + 1
    seen = seen .. " " .. status .. ":" .. string.sub(resp or "", 1, 160):gsub("%s+", " ")
  end
end

function done(summary, latency, requests)
  local s5, other, firsts = 0, 0, ""
  for _, t in ipairs(threads) do
    s5 = s5 + t:get("status_5xx")
    other = other + t:get("status_other")
    firsts = firsts .. t:get("seen")
  end
  local e = summary.errors
  io.write(string.format(
    "saakh: requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f" ..
    " status_5xx=%d status_other_non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, s5, other, e.connect + e.read + e.write, e.timeout))
  if firsts ~= "" then
    io.write("saakh: first non-2xx:" .. firsts .. "\n")
  end
end
