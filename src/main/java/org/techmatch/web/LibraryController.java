package org.techmatch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.ValidationException;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQueryParser;

/**
 * The REST endpoints every library has: search, create, read, update (with version), soft delete.
 * Subclasses give the path and which text fields get highlighted snippets.
 */
public abstract class LibraryController<T extends CatalogRecord> {
    private final LibraryService<T> library;
    private final ViewerResolver viewers;
    private final Map<String, Function<T, String>> snippets;

    protected LibraryController(LibraryService<T> library, ViewerResolver viewers,
                                Map<String, Function<T, String>> snippets) {
        this.library = library;
        this.viewers = viewers;
        this.snippets = snippets;
    }

    @GetMapping
    public SearchPage<T> search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Map<String, List<String>> searchParams = new LinkedHashMap<>(params);
        return library.search(SearchQueryParser.parse(searchParams, library.kind().searchSchema()),
                viewers.resolve(request), snippets);
    }

    @PostMapping
    public ResponseEntity<T> create(@RequestBody T submitted, HttpServletRequest request) {
        T created = library.create(submitted, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    @GetMapping("/{id}")
    public ResponseEntity<T> get(@PathVariable String id, HttpServletRequest request) {
        T record = library.read(id, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(record.version())).body(record);
    }

    /** The version to update from comes from the body's version field or an If-Match header. */
    @PutMapping("/{id}")
    public ResponseEntity<T> update(@PathVariable String id, @RequestBody T submitted,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    HttpServletRequest request) {
        long version = submitted.version() > 0 ? submitted.version() : parseVersion(ifMatch);
        T updated = library.update(id, version, submitted, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    public T retire(@PathVariable String id, @RequestParam(required = false) Long version,
                    HttpServletRequest request) {
        return library.retire(id, version, viewers.resolve(request));
    }

    private static long parseVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ValidationException.of("version", null, "更新时必须提供当前版本号（请求体的 version 字段或 If-Match 头）");
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ValidationException.of("If-Match", ifMatch, "应为版本号，如 \"3\"");
        }
    }
}
