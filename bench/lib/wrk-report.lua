-- Prints wrk's summary as one JSON line so bench/lib/wrk.mjs need not parse the human report.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\n@@WRK@@{"requests":%d,"durationUs":%d,"bytes":%d,"errors":%d,"non2xx3xx":%d,' ..
    '"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
