-- wrk script: replays one whole conversation's requests (from make_requests.py), in order, over and
-- over, on every connection. REQUESTS names the file (default requests.txt).
local requests = {}
local next_index = 0

function init(args)
  for line in io.lines(os.getenv("REQUESTS") or "requests.txt") do
    local path, body = line:match("^(%S+) ?(.*)$")
    if body == nil or body == "" then
      requests[#requests + 1] = wrk.format("GET", path)
    else
      requests[#requests + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
    end
  end
  next_index = math.random(#requests) - 1
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

-- PACE_MS (optional): each connection waits this long before each request, so 64 connections offer
-- about 64 * 1000 / PACE_MS requests a second: latency at a given rate, not at saturation.
local pace = tonumber(os.getenv("PACE_MS") or "")
if pace and pace > 0 then
  function delay()
    return pace
  end
end
