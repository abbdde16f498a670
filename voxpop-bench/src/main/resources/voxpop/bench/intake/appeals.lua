-- wrk script: one appeal per POST /api/v1/appeals, each with its own text and sender.
-- usage: VOXPOP_TOKEN=vxp_... wrk -t1 -c64 -d30s -s appeals.lua http://127.0.0.1:18080
local token = os.getenv("VOXPOP_TOKEN")
local counter = 0
local tid = 0
local next_tid = 0

function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid)
end

function request()
  counter = counter + 1
  local body = '{"text":"Когда в нашем посёлке проведут газ и починят дорогу? Вопрос ' .. counter ..
      '","region":"Курская область","sender":"+7900' .. tid .. '-' .. counter .. '","age_group":"45-59"}'
  return wrk.format("POST", "/api/v1/appeals",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d\n", summary.errors.status))
end
