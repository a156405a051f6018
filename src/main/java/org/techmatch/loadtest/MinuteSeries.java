package org.techmatch.loadtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The run minute by minute: latencies per operation in each minute (by when the request started) and the
 * service's heap after a full collection at each minute's end. A soak is read from it: flat percentiles and a heap
 * with no growth trend.
 */
final class MinuteSeries {
    private final Map<Integer, Map<Operation, Latencies>> minutes = new ConcurrentSkipListMap<>();
    private final Map<Integer, Long> heapBytes = new ConcurrentHashMap<>();

    void add(int minute, Operation op, long micros, boolean error) {
        minutes.computeIfAbsent(minute, m -> {
            Map<Operation, Latencies> each = new EnumMap<>(Operation.class);
            for (Operation o : Operation.values()) {
                each.put(o, new Latencies());
            }
            return each;
        }).get(op).add(micros, error);
    }

    /** The heap the service had in use after a full collection at the end of minute (1-based). */
    void heap(int minute, long bytes) {
        heapBytes.put(minute, bytes);
    }

    /** One row per minute: requests, errors, p50/p99 of all requests and p99 per operation, heap in MiB. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        minutes.forEach((minute, ops) -> {
            Latencies all = new Latencies();
            ops.values().forEach(all::addAll);
            Latencies.Summary total = all.summary(60);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("minute", minute + 1);
            row.put("requests", total.requests());
            row.put("errors", total.errors());
            row.put("p50Ms", total.p50Ms());
            row.put("p99Ms", total.p99Ms());
            for (Operation op : Operation.values()) {
                row.put(op.label + "P99Ms", ops.get(op).summary(60).p99Ms());
            }
            Long heap = heapBytes.get(minute + 1);
            row.put("heapAfterGcMiB", heap == null ? null : Math.round(heap / 1048576.0 * 10) / 10.0);
            rows.add(row);
        });
        return rows;
    }

    /** The rows as the table the command prints. */
    static String table(List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder(String.format("%-6s %8s %6s %8s %8s %10s %10s %10s %10s %9s%n",
                "minute", "requests", "errors", "p50 ms", "p99 ms", "search p99", "match p99", "create p99",
                "update p99", "heap MiB"));
        for (Map<String, Object> row : rows) {
            out.append(String.format("%-6s %8s %6s %8.1f %8.1f %10.1f %10.1f %10.1f %10.1f %9s%n", row.get("minute"),
                    row.get("requests"), row.get("errors"), row.get("p50Ms"), row.get("p99Ms"),
                    row.get("searchP99Ms"), row.get("matchP99Ms"), row.get("createP99Ms"), row.get("updateP99Ms"),
                    row.get("heapAfterGcMiB") == null ? "-" : row.get("heapAfterGcMiB")));
        }
        return out.toString();
    }
}
