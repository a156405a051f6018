package org.techmatch.system;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/runtime[?collect=true]}: what a soak test watches, for officials (under {@code /api/admin/}).
 * The heap in use (after a full collection when {@code collect=true}, so that minute after minute it shows what
 * stays live rather than where the collector happened to be), the live records per type (compared with the
 * creates a load test saw acknowledged), and the write-ahead log's size and the age of the last Lucene commit.
 */
@RestController
class RuntimeController {
    private final RuntimeStatus status;

    RuntimeController(RuntimeStatus status) {
        this.status = status;
    }

    @GetMapping("/api/admin/runtime")
    RuntimeStatus.Figures runtime(@RequestParam(defaultValue = "false") boolean collect) {
        return status.read(collect);
    }
}
