package org.techmatch.export;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryNames;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.vocabulary.UnknownValueException;
import org.techmatch.web.ViewerResolver;

/**
 * Downloads in the import template's columns: the empty template of a library ({@code 导入模板.xlsx}), and exports
 * of a whole library or of any search (the search endpoint's parameters) as XLSX or CSV. What a viewer may read
 * and see of each record is {@link ExportService}'s to decide, as in search results; this class only passes the
 * viewer. An export imported again gives the same records.
 */
@RestController
class ExportController {
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Libraries libraries;
    private final ViewerResolver viewers;
    private final ExportService exports;

    ExportController(Libraries libraries, ViewerResolver viewers, ExportService exports) {
        this.libraries = libraries;
        this.viewers = viewers;
        this.exports = exports;
    }

    @GetMapping("/api/imports/templates/{library}")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String library) {
        LibraryService<?> service = library(library);
        return download(service.kind().displayName() + "导入模板.xlsx", XLSX,
                out -> ImportTemplate.write(service.kind().type(), service.kind().displayName(), out));
    }

    /**
     * {@code format=xlsx} (default) or {@code csv}; with no other parameter the whole library, every status the
     * viewer may read;
     * with search parameters ({@code q}, filters, {@code sort}) every hit of that search, in its order.
     */
    @GetMapping("/api/exports/{library}")
    <T extends CatalogRecord> ResponseEntity<StreamingResponseBody> export(
            @PathVariable String library, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        LibraryService<T> service = (LibraryService<T>) library(library);
        Map<String, List<String>> search = new LinkedHashMap<>(params);
        String format = String.valueOf(search.getOrDefault("format", List.of("xlsx")).getFirst()).toLowerCase();
        search.remove("format");
        search.remove("page");
        search.remove("size");
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw ValidationException.of("format", format, "应为 xlsx 或 csv");
        }
        var query = search.isEmpty() ? null : SearchQueryParser.parse(search, service.kind().searchSchema());
        Viewer viewer = viewers.resolve(request);
        String name = service.kind().displayName() + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "." + format;
        boolean csv = format.equals("csv");
        return download(name, csv ? CSV : XLSX, out -> exports.write(service, query, viewer, csv, out));
    }

    private LibraryService<?> library(String name) {
        String type;
        try {
            type = LibraryNames.typeOf(name);
        } catch (UnknownValueException e) {
            throw ValidationException.of("library", name, e.getMessage());
        }
        return libraries.all().stream().filter(l -> l.kind().type().equals(type)).findFirst().orElseThrow();
    }

    private static ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type,
                                                                  StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
