-- wrk script: arrays of VOXPOP_BATCH appeals per POST /api/v1/appeals (a social-network feed).
-- usage: VOXPOP_TOKEN=vxp_... VOXPOP_BATCH=20 wrk -t1 -c32 -d30s -s batch.lua http://127.0.0.1:18080
local token = os.getenv("VOXPOP_TOKEN")
local n = tonumber(os.getenv("VOXPOP_BATCH") or "20")
local counter = 0
local tid = 0
local next_tid = 0

function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid)
end

function request()
  local items = {}
  for i = 1, n do
    counter = counter + 1
    items[i] = '{"text":"Почему выросли тарифы ЖКХ? Вопрос ' .. counter ..
        '","region":"Ростовская область","sender":"user-' .. tid .. '-' .. counter .. '"}'
  end
  return wrk.format("POST", "/api/v1/appeals",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token},
      "[" .. table.concat(items, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d\n", summary.errors.status))
  io.write(string.format("appeals per request: %d\n", n))
end
