package org.techmatch.duplicates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQueryParser;

/**
 * Suspected duplicates for a technology manager: list them (pending ones by default; filter by {@code status},
 * {@code library}, {@code recordId}, {@code importId}), then merge a pair (keep one record, retire the other) or
 * keep both.
 */
@RestController
@RequestMapping("/api/duplicates")
class DuplicateController {
    private final DuplicateService duplicates;

    DuplicateController(DuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping
    SearchPage<DuplicatePair> list(@RequestParam MultiValueMap<String, String> params) {
        Map<String, List<String>> query = new LinkedHashMap<>(params);
        query.putIfAbsent("sort", List.of("newest"));
        return duplicates.pairs().search(SearchQueryParser.parse(query, duplicates.pairs().kind().searchSchema()),
                Viewer.ANONYMOUS, Map.of());
    }

    @GetMapping("/{id}")
    DuplicatePair get(@PathVariable String id) {
        return duplicates.pairs().get(id);
    }

    /** Body {@code {"keep": "ACH-000012"}}: that record stays, the other of the pair is retired. */
    @PostMapping("/{id}/merge")
    DuplicatePair merge(@PathVariable String id, @RequestBody Map<String, String> body) {
        String keep = body.get("keep");
        if (keep == null || keep.isBlank()) {
            throw ValidationException.of("keep", null, "必填：要保留的记录编号");
        }
        return duplicates.merge(id, keep.strip());
    }

    @PostMapping("/{id}/keep")
    DuplicatePair keepBoth(@PathVariable String id) {
        return duplicates.keepBoth(id);
    }
}
