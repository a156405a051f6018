package org.techmatch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.catalog.Viewer;
import org.techmatch.feedback.FeedbackService;
import org.techmatch.feedback.MatchList;
import org.techmatch.matching.FusionModels;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;
import org.techmatch.stats.ShownMatches;

/**
 * Matches in every direction. Paging is page/size over the good matches (score ≥ threshold); includeWeak=true
 * lists the weaker candidates after them; any other parameter is a filter on the candidates, named as in search.
 * Every match listed for a stored record counts as shown in the statistics (under the demand of the pair); the
 * live preview of an unsaved draft does not, as it is asked again at every pause in typing. Every answer carries
 * the version of the ranking model that ranked it (modelVersion) and the marks on its matches (feedback, by
 * candidate id) for those who may see them.
 */
@RestController
class MatchController {
    private static final Set<String> PAGING = Set.of("page", "size", "includeWeak");
    private static final int MAX_SIZE = 50;

    private final MatchEngine engine;
    private final ViewerResolver viewers;
    private final LibraryService<Demand> demands;
    private final ShownMatches shown;
    private final FeedbackService feedback;
    private final FusionModels models;

    MatchController(MatchEngine engine, ViewerResolver viewers, LibraryService<Demand> demands, ShownMatches shown,
                    FeedbackService feedback, FusionModels models) {
        this.engine = engine;
        this.viewers = viewers;
        this.demands = demands;
        this.shown = shown;
        this.feedback = feedback;
        this.models = models;
    }

    @GetMapping("/api/demands/{id}/matches")
    MatchesView achievementsForDemand(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) {
        Viewer viewer = viewers.resolve(request);
        String version = models.version();
        MatchPage page = engine.achievementsForDemand(id, request(params), viewer);
        shown.recordShown(viewer, demands.readable(id, viewer), page.matches().stream().map(Match::id).toList());
        return new MatchesView(page, version, feedback.marksOf(MatchList.ACHIEVEMENTS_FOR_DEMAND, id, viewer));
    }

    @GetMapping("/api/achievements/{id}/matches")
    MatchesView demandsForAchievement(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) {
        Viewer viewer = viewers.resolve(request);
        String version = models.version();
        MatchPage page = engine.demandsForAchievement(id, request(params), viewer);
        page.matches().forEach(match -> demands.lookup(match.id())
                .ifPresent(demand -> shown.recordShown(viewer, demand, List.of(id))));
        return new MatchesView(page, version, feedback.marksOf(MatchList.DEMANDS_FOR_ACHIEVEMENT, id, viewer));
    }

    @GetMapping("/api/demands/{id}/experts")
    MatchesView expertsForDemand(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                                 HttpServletRequest request) {
        Viewer viewer = viewers.resolve(request);
        String version = models.version();
        MatchPage page = engine.expertsForDemand(id, request(params), viewer);
        shown.recordShown(viewer, demands.readable(id, viewer), page.matches().stream().map(Match::id).toList());
        return new MatchesView(page, version, feedback.marksOf(MatchList.EXPERTS_FOR_DEMAND, id, viewer));
    }

    /** A demand not saved yet: title and/or description are enough; other fields refine the match. */
    @PostMapping("/api/match")
    MatchesView matchDraft(@RequestBody Demand draft, @RequestParam MultiValueMap<String, String> params,
                           HttpServletRequest request) {
        Problems problems = new Problems();
        problems.text("title", draft.title(), CatalogRules.TITLE_CHARS, false);
        problems.text("description", draft.description(), CatalogRules.DESCRIPTION_CHARS, false);
        if (draft.title() == null && draft.description() == null) {
            problems.add("description", null, "请至少填写需求名称或需求描述");
        }
        problems.throwIfAny();
        String version = models.version();
        return new MatchesView(engine.achievementsForDraft(draft, request(params), viewers.resolve(request)), version,
                Map.of());
    }

    private static MatchRequest request(MultiValueMap<String, String> params) {
        Problems problems = new Problems();
        int page = number(params, "page", 1, Integer.MAX_VALUE, 1, problems);
        int size = number(params, "size", 1, MAX_SIZE, MatchRequest.DEFAULT_LIMIT, problems);
        String weak = params.getFirst("includeWeak");
        if (weak != null && !weak.equals("true") && !weak.equals("false")) {
            problems.add("includeWeak", weak, "应为 true 或 false");
        }
        long offset = (long) (page - 1) * size;
        if (offset + size > MatchRequest.MAX_WINDOW) {
            problems.add("page", page, "匹配结果最多列出前 " + MatchRequest.MAX_WINDOW + " 条");
        }
        problems.throwIfAny();
        Map<String, List<String>> filters = new LinkedHashMap<>(params);
        PAGING.forEach(filters::remove);
        return new MatchRequest((int) offset, size, filters, "true".equals(weak));
    }

    private static int number(MultiValueMap<String, String> params, String name, int min, int max, int fallback,
                              Problems problems) {
        String raw = params.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name, raw, "应为 " + min + " 到 " + (max == Integer.MAX_VALUE ? "更大" : max) + " 之间的整数");
        return fallback;
    }
}
