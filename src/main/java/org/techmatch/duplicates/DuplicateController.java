package org.techmatch.duplicates;

import jakarta.servlet.http.HttpServletRequest;
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
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.web.ViewerResolver;

/**
 * Suspected duplicates for managers and officials: list them (pending ones by default; filter by {@code status},
 * {@code library}, {@code recordId}, {@code importId}), then merge a pair (keep one record, retire the other) or
 * keep both. Which pairs a viewer sees and may merge is {@link DuplicateService}'s to decide.
 */
@RestController
@RequestMapping("/api/duplicates")
class DuplicateController {
    private final DuplicateService duplicates;
    private final ViewerResolver viewers;

    DuplicateController(DuplicateService duplicates, ViewerResolver viewers) {
        this.duplicates = duplicates;
        this.viewers = viewers;
    }

    @GetMapping
    SearchPage<DuplicatePair> list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>(params);
        query.putIfAbsent("sort", List.of("newest"));
        return duplicates.list(SearchQueryParser.parse(query, duplicates.pairs().kind().searchSchema()),
                viewers.resolve(request));
    }

    @GetMapping("/{id}")
    DuplicatePair get(@PathVariable String id, HttpServletRequest request) {
        return duplicates.get(id, viewers.resolve(request));
    }

    /** Body {@code {"keep": "ACH-000012"}}: that record stays, the other of the pair is retired. */
    @PostMapping("/{id}/merge")
    DuplicatePair merge(@PathVariable String id, @RequestBody Map<String, String> body,
                        HttpServletRequest request) {
        String keep = body.get("keep");
        if (keep == null || keep.isBlank()) {
            throw ValidationException.of("keep", null, "必填：要保留的记录编号");
        }
        return duplicates.merge(id, keep.strip(), viewers.resolve(request));
    }

    @PostMapping("/{id}/keep")
    DuplicatePair keepBoth(@PathVariable String id, HttpServletRequest request) {
        return duplicates.keepBoth(id, viewers.resolve(request));
    }
}
