package org.techmatch.backup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backups}: a consistent backup while the service keeps serving. Body (optional):
 * {@code {"to": "name"}}, a directory name under the backup root. The answer names the directory and the
 * records it holds. Under {@code /api/admin/} so that sign-in restricts it to administrators and officials.
 */
@RestController
class BackupController {
    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    record BackupRequest(String to) {
    }

    @PostMapping("/api/admin/backups")
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) BackupRequest request) {
        BackupService.Created created = backups.create(request == null ? null : request.to());
        BackupManifest manifest = created.manifest();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("directory", created.directory().toString());
        answer.put("createdAt", manifest.createdAt());
        answer.put("commitGeneration", manifest.commitGeneration());
        answer.put("records", manifest.records());
        answer.put("totalRecords", manifest.totalRecords());
        answer.put("indexFiles", manifest.indexFiles().size());
        answer.put("indexBytes", manifest.indexFiles().stream().mapToLong(BackupManifest.FileEntry::bytes).sum());
        answer.put("importFiles", manifest.importFiles().size());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }
}
