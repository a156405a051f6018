package org.techmatch.importing.job;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.techmatch.catalog.ValidationException;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.vocabulary.UnknownValueException;
import org.techmatch.web.ViewerResolver;

/**
 * Bulk imports over HTTP: upload a file (multipart {@code file}, and {@code library} = achievements, demands or
 * experts) and get a job back at once (202); poll it for progress; cancel it; download its row-level report; resume
 * it after a crash or a stop left it 已中断, or discard it.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {
    private final ImportService imports;
    private final ViewerResolver viewers;

    ImportController(ImportService imports, ViewerResolver viewers) {
        this.imports = imports;
        this.viewers = viewers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> upload(@RequestParam(value = "file", required = false) MultipartFile file,
                                        @RequestParam(value = "library", required = false) String library,
                                        HttpServletRequest request) {
        if (library == null || library.isBlank()) {
            throw ValidationException.of("library", null, "必填：achievements（科技成果）、demands（技术需求）或 experts（专家团队）");
        }
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", null, "必填：要导入的文件（XLSX、CSV 或 JSON Lines）");
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename())
                .getFileName().toString();
        Path upload = store(file);
        try {
            ImportJob job = imports.submit(library, upload, name, viewers.resolve(request));
            return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job.snapshot());
        } catch (TableFormatException e) {
            throw ValidationException.of("file", name, e.getMessage());
        } catch (UnknownValueException e) {
            throw ValidationException.of("library", library, e.getMessage());
        }
    }

    @GetMapping
    List<ImportStatus> list(HttpServletRequest request) {
        return imports.list(viewers.resolve(request));
    }

    @GetMapping("/{id}")
    ImportStatus status(@PathVariable String id, HttpServletRequest request) {
        return imports.status(id, viewers.resolve(request));
    }

    /** Stops the job after its current row; rows already validated are stored, the report says where it stopped. */
    @PostMapping("/{id}/cancel")
    ImportStatus cancel(@PathVariable String id, HttpServletRequest request) {
        return imports.cancel(id, viewers.resolve(request));
    }

    /** An interrupted job goes on from the first row it had not stored, as the user who started it (202). */
    @PostMapping("/{id}/resume")
    ResponseEntity<ImportStatus> resume(@PathVariable String id, HttpServletRequest request) {
        ImportStatus resumed = imports.resume(id, viewers.resolve(request));
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(resumed);
    }

    /** Cancels a queued or running job; an interrupted one is discarded (its kept upload deleted, not resumable). */
    @DeleteMapping("/{id}")
    ImportStatus cancelByDelete(@PathVariable String id, HttpServletRequest request) {
        return imports.cancel(id, viewers.resolve(request));
    }

    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<Resource> report(@PathVariable String id, HttpServletRequest request) {
        Path report = imports.report(id, viewers.resolve(request));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id + "-导入报告.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(report));
    }

    /** The upload is moved next to the reports; the job deletes it when it is done. */
    private Path store(MultipartFile file) {
        try {
            Files.createDirectories(imports.directory());
            Path upload = Files.createTempFile(imports.directory(), "upload-", ".part");
            file.transferTo(upload);
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }
}
