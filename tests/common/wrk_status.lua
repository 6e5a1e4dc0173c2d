-- SPDX-License-Identifier: MIT
--
-- tests/common/wrk_status.lua — counts wrk's answers by status, for the shell tests.
--
--     wrk … -s tests/common/wrk_status.lua URL          # GET URL, counted
--     cat tests/common/wrk_status.lua my_request.lua >x.lua   # with a request() of one's own
--
-- done() prints one line per status seen and the socket errors in all:
--     STATUS <status> <count>
--     ERRORS <connect + read + write + timeout>

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() counts = {} end
function response(status) counts[status] = (counts[status] or 0) + 1 end
function done(summary)
    local total = {}
    for _, t in ipairs(threads) do
        for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
    end
    for status, n in pairs(total) do io.write(string.format("STATUS %d %d\n", status, n)) end
    local e = summary.errors
    io.write(string.format("ERRORS %d\n", e.connect + e.read + e.write + e.timeout))
end
