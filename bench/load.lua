-- SPDX-License-Identifier: MIT
--
-- bench/load.lua — the request mix of bench/load.sh, for wrk.
--
--     wrk … -s bench/load.lua http://127.0.0.1:PORT -- PRODUCT_IDS INVENTORY_IDS CUSTOMER_IDS MAX_SALE_ID
--
-- (ids comma-separated). About 80 % reads — product, inventory, sale and customer lists and
-- details, low stock, stock history, the dashboard and the analytics routes — and 20 % writes:
-- new sales, stock adjustments and status changes of orders (mostly those this run created).
-- Every request is valid: each answer should be 2xx. A 409 for insufficient stock is a legitimate
-- answer to a sale and is counted apart ("409-stock"); load.sh tops the stock up first so it
-- stays rare.
--
-- done() prints, for load.sh to read:
--     RESULT <requests> <req/s> <p50 ms> <p90 ms> <p99 ms> <max ms> <connect> <read> <write> <timeout>
--     STATUS <status> <count>     each answer outside 2xx, by status
--     KIND <name>|<count>         the requests sent, by kind

local threads = {}

function setup(thread)
    thread:set("thread_no", #threads + 1)
    table.insert(threads, thread)
end

local function ids(text)
    local list = {}
    for v in string.gmatch(text or "", "[^,]+") do
        list[#list + 1] = tonumber(v)
    end
    return list
end

local function pick(list)
    return list[math.random(#list)]
end

local function day(offset)
    return os.date("!%Y-%m-%d", os.time() + offset * 86400)
end

local platforms = { "Amazon", "Website", "Shopify", "eBay", "Walmart", "Etsy" }
local statuses_to_set = { "processing", "shipped", "delivered", "completed", "cancelled", "refunded" }
local periods = { "today", "7d", "30d", "month", "quarter", "year" }
local groups = { "day", "week", "month" }
local json = { ["Content-Type"] = "application/json" }

function init(args)
    products = ids(args[1])
    inventory = ids(args[2])
    customers = ids(args[3])
    max_sale = tonumber(args[4]) or 1
    math.randomseed(os.time() * 1000 + thread_no)
    kinds = {}
    statuses = {}
    created = {}
    created_count = 0
end

local function get(path)
    return wrk.format("GET", path)
end

local function send(method, path, body)
    return wrk.format(method, path, json, body)
end

-- { weight, kind, request builder }; reads and writes separately.
local reads = {
    { 12, "GET products", function() return get("/api/v1/products/?limit=50&skip=" .. math.random(0, 30)) end },
    { 10, "GET product", function() return get("/api/v1/products/" .. pick(products)) end },
    { 8, "GET inventory", function() return get("/api/v1/inventory/?limit=100") end },
    { 8, "GET inventory row", function() return get("/api/v1/inventory/" .. pick(inventory)) end },
    { 5, "GET low-stock", function() return get("/api/v1/inventory/low-stock") end },
    { 3, "GET stock history", function() return get("/api/v1/inventory/" .. pick(inventory) .. "/history?limit=20") end },
    { 10, "GET sales", function() return get("/api/v1/sales/?limit=50&skip=" .. math.random(0, 1000)) end },
    { 4, "GET sales filtered", function()
        return get("/api/v1/sales/?limit=20&platform=" .. pick(platforms) .. "&start_date=" .. day(-30) .. "&end_date=" .. day(0))
    end },
    { 10, "GET sale", function() return get("/api/v1/sales/" .. math.random(1, max_sale)) end },
    { 3, "GET customers", function() return get("/api/v1/customers/?limit=50") end },
    { 3, "GET customer", function() return get("/api/v1/customers/" .. pick(customers)) end },
    { 5, "GET dashboard", function() return get("/api/v1/dashboard/summary?period=" .. pick(periods)) end },
    { 4, "POST analytics/revenue", function()
        return send("POST", "/api/v1/analytics/revenue", string.format('{"start_date": "%s", "end_date": "%s", "group_by": "%s"}',
            day(-math.random(7, 365)), day(0), pick(groups)))
    end },
    { 2, "POST analytics/compare", function()
        return send("POST", "/api/v1/analytics/revenue/compare", string.format(
            '{"current_start": "%s", "current_end": "%s", "compare_to": "%s", "breakdown": "%s"}',
            day(-29), day(0), pick({ "previous_period", "previous_year" }), pick({ "category", "platform", "product" })))
    end },
    { 2, "POST analytics/inventory", function() return send("POST", "/api/v1/analytics/inventory", "{}") end },
    { 1, "GET health", function() return get("/health") end },
}

local writes = {
    { 10, "POST sale", function()
        local items, used = {}, {}
        for _ = 1, math.random(1, 3) do
            local product = pick(products)
            if not used[product] then
                used[product] = true
                items[#items + 1] = string.format('{"product_id": %d, "quantity": %d}', product, math.random(1, 2))
            end
        end
        local customer = ""
        if math.random(2) == 1 then
            customer = string.format('"customer_id": %d, ', pick(customers))
        end
        return send("POST", "/api/v1/sales/", string.format('{%s"platform": "%s", "items": [%s]}',
            customer, pick(platforms), table.concat(items, ", ")))
    end },
    { 5, "POST stock adjust", function()
        return send("POST", "/api/v1/inventory/" .. pick(inventory) .. "/adjust",
            string.format('{"delta": %d, "reason": "load bench restock"}', math.random(1, 5)))
    end },
    { 5, "PUT sale status", function()
        local sale
        if created_count > 0 and math.random(4) > 1 then
            sale = created[math.random(math.min(created_count, #created))]
        else
            sale = math.random(1, max_sale)
        end
        return send("PUT", "/api/v1/sales/" .. sale, string.format('{"status": "%s"}', pick(statuses_to_set)))
    end },
}

local function weighted(list)
    local total = 0
    for _, entry in ipairs(list) do
        total = total + entry[1]
    end
    local r = math.random(total)
    for _, entry in ipairs(list) do
        r = r - entry[1]
        if r <= 0 then
            return entry
        end
    end
end

function request()
    local entry = weighted(math.random(100) <= 80 and reads or writes)
    kinds[entry[2]] = (kinds[entry[2]] or 0) + 1
    return entry[3]()
end

function response(status, headers, body)
    if status == 201 then
        local location = headers["Location"] or headers["location"] or ""
        local sale = tonumber(string.match(location, "/sales/(%d+)$"))
        if sale then
            created_count = created_count + 1
            created[(created_count - 1) % 500 + 1] = sale
        end
    end
    if status < 200 or status > 299 then
        local key = tostring(status)
        if status == 409 and body and string.find(body, "insufficient", 1, true) then
            key = "409-stock"
        end
        statuses[key] = (statuses[key] or 0) + 1
    end
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %.2f %d %d %d %d\n", summary.requests,
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, e.connect, e.read, e.write, e.timeout))
    local by_status, by_kind = {}, {}
    for _, thread in ipairs(threads) do
        for key, count in pairs(thread:get("statuses") or {}) do
            by_status[key] = (by_status[key] or 0) + count
        end
        for key, count in pairs(thread:get("kinds") or {}) do
            by_kind[key] = (by_kind[key] or 0) + count
        end
    end
    for key, count in pairs(by_status) do
        io.write(string.format("STATUS %s %d\n", key, count))
    end
    for key, count in pairs(by_kind) do
        io.write(string.format("KIND %s|%d\n", key, count))
    end
end
