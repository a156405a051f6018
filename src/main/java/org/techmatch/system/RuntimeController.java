package org.techmatch.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.store.DocumentStore;

/**
 * {@code GET /api/admin/runtime[?collect=true]}: what a soak test watches, for officials (under {@code /api/admin/}).
 * The heap in use (after a full collection when {@code collect=true}, so that minute after minute it shows what
 * stays live rather than where the collector happened to be), the live records per type (compared with the
 * creates a load test saw acknowledged), and the write-ahead log's size and the age of the last Lucene commit.
 * Counts only: no record crosses this endpoint.
 */
@RestController
class RuntimeController {
    private final DocumentStore store;

    RuntimeController(DocumentStore store) {
        this.store = store;
    }

    @GetMapping("/api/admin/runtime")
    Map<String, Object> runtime(@RequestParam(defaultValue = "false") boolean collect) {
        if (collect) {
            System.gc(); // explicit: the caller asked for the heap that survives a full collection
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("heapUsedBytes", heap.getUsed());
        answer.put("heapMaxBytes", heap.getMax());
        answer.put("collected", collect);
        answer.put("records", store.countsByType());
        answer.put("writeAheadLogBytes", store.logBytes());
        answer.put("lastCommitAgeMs", store.commitAgeMillis());
        return answer;
    }
}
