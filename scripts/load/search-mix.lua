-- wrk query mix for the Search API: words, phrases, exclusions, facets, dates, sorts, pages, articles.
-- Counts every status per thread and prints the totals with latency percentiles when the run ends.
local paths = {
  "/api/search?q=gubernur",
  "/api/search?q=banjir",
  "/api/search?q=%22jembatan%20baru%22",
  "/api/search?q=pasar%20-banjir&sort=newest",
  "/api/search?q=harga%20OR%20cabai",
  "/api/search?topic=politik&topic=hukum",
  "/api/search?q=sekolah&from=2024-01-01&to=2024-12-31",
  "/api/search?sort=oldest&page=2&size=20",
  "/api/search?q=person:halim",
  "/api/search?q=kereta&size=50",
  "/api/search",
  "/api/search?q=pertemuan%20menteri&sort=relevance",
}

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local non2xx = 0
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, count))
    if status < 200 or status > 299 then non2xx = non2xx + count end
  end
  io.write(string.format("requests: %d in %.1f s = %.0f req/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx: %d, socket errors: connect %d read %d write %d timeout %d\n",
    non2xx, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
