package org.techmatch.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.matching.KeyTerms;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchRequest;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.text.TextAnalysis;

/**
 * Guided demand writing: while an enterprise types, what would make its demand match better. The tips come from
 * the draft's own fields ({@link DraftTips}); the terms are the most informative words of the achievements that
 * match the draft best and that the draft does not use yet — a word counts for each such achievement by that
 * achievement's match score (half as much again when it is one of that achievement's keywords), times its idf in
 * the library the viewer can see; a word with an idf under {@link KeyTerms#MIN_IDF} (in about one record in ten
 * or more: 结果, 人工, 系统) is never suggested, so subject words (涡流检测, 相控阵) rise. Everything is computed here, from records read through
 * the achievement library with the viewer: nothing leaves the service, and a record the viewer may not read is
 * never a source.
 */
@Service
public class DemandGuidance {
    static final int TOP_ACHIEVEMENTS = 8;
    static final int MAX_TERMS = 8;
    /** Only this many candidate words (by weighted count) are looked up for their document frequency. */
    static final int LOOKED_UP = 30;
    static final java.util.Set<Role> WRITERS = java.util.Set.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL);

    private final MatchEngine engine;
    private final LibraryService<Achievement> achievements;
    private final TextAnalysis analysis;

    DemandGuidance(MatchEngine engine, LibraryService<Achievement> achievements, TextAnalysis analysis) {
        this.engine = engine;
        this.achievements = achievements;
        this.analysis = analysis;
    }

    public Guidance guide(Demand draft, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "获取需求撰写建议", WRITERS);
        Problems problems = new Problems();
        problems.text("title", draft.title(), CatalogRules.TITLE_CHARS, false);
        problems.text("description", draft.description(), CatalogRules.DESCRIPTION_CHARS, false);
        if (draft.title() == null && draft.description() == null) {
            problems.add("description", null, "请至少填写需求名称或需求描述");
        }
        problems.throwIfAny();
        List<Match> matches = engine.achievementsForDraft(draft, new MatchRequest(0, TOP_ACHIEVEMENTS, Map.of(), true),
                viewer).matches();
        Map<Achievement, Double> matching = new LinkedHashMap<>();
        for (Match match : matches) {
            try {
                matching.put(achievements.readable(match.id(), viewer), match.score());
            } catch (RecordNotFoundException notReadable) {
                // not this viewer's to see: never a source of advice
            }
        }
        List<Achievement> sources = List.copyOf(matching.keySet());
        return new Guidance(DraftTips.of(draft, sources), terms(draft, matching, viewer), sources.size());
    }

    private List<Guidance.Term> terms(Demand draft, Map<Achievement, Double> matching, Viewer viewer) {
        String draftText = TextAnalysis.normalize(String.join("\n", Objects.requireNonNullElse(draft.title(), ""),
                Objects.requireNonNullElse(draft.description(), ""),
                String.join("\n", draft.indicators().stream().map(Object::toString).toList())));
        Set<String> draftWords = new LinkedHashSet<>(analysis.words(draftText));
        Map<String, Double> weighted = new LinkedHashMap<>();
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        matching.forEach((achievement, score) -> {
            Set<String> keywords = new LinkedHashSet<>(analysis.words(String.join(" ", achievement.keywords())));
            for (String word : new LinkedHashSet<>(analysis.words(textOf(achievement)))) {
                if (informative(word) && !draftWords.contains(word) && !draftText.contains(word)) {
                    // the owner's own keywords name the subject: they count half as much again
                    weighted.merge(word, keywords.contains(word) ? score * 1.5 : score, Double::sum);
                    usedBy.computeIfAbsent(word, w -> new ArrayList<>()).add(achievement.id());
                }
            }
        });
        long library = Math.max(1, count(null, viewer));
        List<Guidance.Term> terms = new ArrayList<>();
        weighted.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(LOOKED_UP)
                .forEach(e -> {
                    double idf = Math.log(1 + library / (double) (count(e.getKey(), viewer) + 1));
                    // a word found in about one record in ten or more (结果, 人工, 系统) says nothing of the subject
                    if (idf >= KeyTerms.MIN_IDF) {
                        terms.add(new Guidance.Term(e.getKey(), usedBy.get(e.getKey()),
                                Math.round(e.getValue() * idf * 1000) / 1000.0));
                    }
                });
        return terms.stream().sorted(Comparator.comparingDouble(Guidance.Term::weight).reversed()
                .thenComparing(Guidance.Term::term)).limit(MAX_TERMS).toList();
    }

    /** How many achievements the viewer can see use the word (all of them for null). */
    private long count(String word, Viewer viewer) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (word != null) {
            params.put("q", List.of(word));
        }
        params.put("size", List.of("1"));
        return achievements.search(SearchQueryParser.parse(params, achievements.kind().searchSchema()), viewer, Map.of())
                .total();
    }

    /** A word worth suggesting: two characters or more, not a number, not on the generic stoplist. */
    static boolean informative(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !KeyTerms.isGeneric(word)
                && !word.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '%')
                && word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || word.matches("[a-z][a-z0-9-]{2,}");
    }

    private static String textOf(Achievement a) {
        return String.join("\n", Objects.requireNonNullElse(a.title(), ""), String.join(" ", a.keywords()),
                Objects.requireNonNullElse(a.description(), ""));
    }
}
