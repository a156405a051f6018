package org.techmatch.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.expert.ExpertKind;
import org.techmatch.semantic.SemanticProperties;
import org.techmatch.semantic.TextEmbedder;

/**
 * The engine behind the API: loads the query record, ranks (through a cache keyed by the query's version and
 * the searcher generation, so any write makes every cached ranking unreachable and the next refresh drops them),
 * pages, and explains the matches of the page.
 */
public final class MatchService implements MatchEngine {
    static final String NO_GOOD_MATCH = "暂无合适匹配";
    /** How many of the best achievements for a demand bring their teams into the expert ranking. */
    static final int EVIDENCE_ACHIEVEMENTS = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;
    private final LibraryService<Expert> experts;
    private final Profiles profiles;
    private final CandidateSource source;
    private final Matcher matcher;
    private final Explainer explainer;
    private final TextEmbedder embedder;
    private final SemanticProperties semantic;
    private final MatchingProperties properties;
    private final Clock clock;
    private final GenerationCache<RankKey, CachedRanking> rankings;
    private final Cache<String, float[]> draftVectors;
    /** Where match latency goes (README, Health and metrics); null until the service's metrics are set up. */
    private volatile MeterRegistry meters;

    /**
     * What makes a ranking true beside the index state (the cache's generation): the query (its version, and
     * whether it came with a vector), the filters and the day.
     */
    private record RankKey(Direction direction, String queryId, long queryVersion, int textHash, boolean withVector,
                           Map<String, List<String>> filters, LocalDate day) {
    }

    public MatchService(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                        LibraryService<Expert> experts, Profiles profiles, CandidateSource source, Matcher matcher, Explainer explainer,
                        TextEmbedder embedder, SemanticProperties semantic, MatchingProperties properties,
                        Clock clock) {
        this.achievements = achievements;
        this.demands = demands;
        this.experts = experts;
        this.profiles = profiles;
        this.source = source;
        this.matcher = matcher;
        this.explainer = explainer;
        this.embedder = embedder;
        this.semantic = semantic;
        this.properties = properties;
        this.clock = clock;
        // Bounded by what the rankings hold, not by their number.
        this.rankings = new GenerationCache<>(properties.cacheCandidates(), CachedRanking::size,
                new RankingSlots(properties.rankingSlots(), properties.rankingWait()));
        this.draftVectors = Caffeine.newBuilder().maximumSize(1_000).recordStats().build();
    }

    /**
     * Publishes the latency of every match (timer {@code techmatch.match}, tagged by direction and by mode: with
     * vectors or lexical only) and the hit ratios of the ranking and query-vector caches. Set once at start.
     */
    public void measureWith(MeterRegistry registry) {
        rankings.monitor(registry, "match.rankings");
        CaffeineCacheMetrics.monitor(registry, draftVectors, "match.query-vectors");
        this.meters = registry;
    }

    /** Runs a match and records its latency under the page's direction and mode. */
    private MatchPage timed(Supplier<MatchPage> match) {
        long started = System.nanoTime();
        MatchPage page = match.get();
        MeterRegistry registry = meters;
        if (registry != null) {
            Timer.builder("techmatch.match").description("Latency of a match, from the request to its explained page")
                    .tag("direction", page.direction()).tag("mode", page.semantic() ? "vectors" : "lexical")
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        return page;
    }

    @Override
    public MatchPage achievementsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        return timed(() -> achievementsForDemandUntimed(demandId, request, viewer));
    }

    private MatchPage achievementsForDemandUntimed(String demandId, MatchRequest request, Viewer viewer) {
        Demand demand = demands.readable(demandId, viewer);
        return page(Profiles.of(demand, vectorOf(demand.id(), demands.kind().semanticText(demand))),
                Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), request);
    }

    @Override
    public MatchPage demandsForAchievement(String achievementId, MatchRequest request, Viewer viewer) {
        return timed(() -> demandsForAchievementUntimed(achievementId, request, viewer));
    }

    private MatchPage demandsForAchievementUntimed(String achievementId, MatchRequest request, Viewer viewer) {
        Achievement achievement = achievements.readable(achievementId, viewer);
        return page(Profiles.of(achievement, vectorOf(achievement.id(),
                        achievements.kind().semanticText(achievement))),
                Direction.DEMANDS_FOR_ACHIEVEMENT, demands.kind(), request);
    }

    /**
     * Teams found two ways: their own profile matches the demand, or they made one of the achievements that
     * match it best. A team's score is the better of its own and its best achievement's, and that achievement
     * leads its explanation.
     */
    @Override
    public MatchPage expertsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        return timed(() -> expertsForDemandUntimed(demandId, request, viewer));
    }

    private MatchPage expertsForDemandUntimed(String demandId, MatchRequest request, Viewer viewer) {
        Demand demand = demands.readable(demandId, viewer);
        MatchProfile query = Profiles.of(demand, vectorOf(demand.id(), demands.kind().semanticText(demand)));
        List<ScoredCandidate> direct = scored(query, Direction.EXPERTS_FOR_DEMAND,
                ranking(query, Direction.EXPERTS_FOR_DEMAND, experts.kind(), request.filters()));
        Map<String, ScoredCandidate> byExpert = new java.util.LinkedHashMap<>();
        direct.forEach(c -> byExpert.put(c.candidate().id(), c));
        List<CachedRanking.Entry> bestAchievements = ranking(query, Direction.ACHIEVEMENTS_FOR_DEMAND,
                achievements.kind(), Map.of()).entries().stream().limit(EVIDENCE_ACHIEVEMENTS).toList();
        CandidateSource.Filter expertFilter = source.filter(experts.kind(), request.filters(),
                LocalDate.ofInstant(clock.instant(), ZONE));
        for (CachedRanking.Entry achievement : bestAchievements) {
            for (Expert expert : experts.findBy(ExpertKind.ACHIEVEMENT_ID_FIELD, achievement.candidate().id())) {
                if (!source.passes(expertFilter, expert.id())) {
                    continue;
                }
                ScoredCandidate own = byExpert.computeIfAbsent(expert.id(), id -> matcher.scoreAll(query,
                        List.of(profiles.of(expert, vectorOf(id, experts.kind().semanticText(expert)))),
                        Direction.EXPERTS_FOR_DEMAND, clock.instant()).getFirst());
                if (own.lead() == null && achievement.score() > own.score()) {
                    byExpert.put(expert.id(), own.withLead(achievement.score(),
                            Explainer.leadAchievement(achievement.candidate().title(), achievement.score())));
                }
            }
        }
        List<ScoredCandidate> ranked = byExpert.values().stream().sorted(ScoredCandidate.BEST_FIRST).toList();
        return page(query, Direction.EXPERTS_FOR_DEMAND, ranked, ScoredCandidate::score, c -> c, request);
    }

    @Override
    public MatchPage achievementsForDraft(Demand draft, MatchRequest request, Viewer viewer) {
        return timed(() -> {
            float[] vector = semantic.isEnabled()
                    ? draftVectors.get(demands.kind().semanticText(draft), embedder::embed) : null;
            return page(Profiles.of(draft, vector), Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), request);
        });
    }

    @Override
    public List<Match> rankProposals(Demand problem, List<Achievement> proposals) {
        MatchProfile query = Profiles.of(problem, embed(demands.kind().semanticText(problem)));
        List<MatchProfile> profiled = proposals.stream()
                .map(p -> Profiles.of(p, embed(achievements.kind().semanticText(p)))).toList();
        return matcher.scoreAll(query, profiled, Direction.ACHIEVEMENTS_FOR_DEMAND, clock.instant()).stream()
                .map(c -> explainer.match(query, c, properties.threshold()))
                .toList();
    }

    @Override
    public double threshold() {
        return properties.threshold();
    }

    /**
     * The best achievements for a demand profile, unpaged (up to {@link MatchRequest#MAX_WINDOW}), with their
     * feature values: for the evaluation and benchmark commands.
     */
    public List<RankedCandidate> rankAchievements(MatchProfile demand) {
        return scored(demand, Direction.ACHIEVEMENTS_FOR_DEMAND,
                ranking(demand, Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), Map.of())).stream()
                .map(c -> new RankedCandidate(c.candidate().id(), c.score(), c.features())).toList();
    }

    /**
     * Achievements for a demand profile the caller built (with a vector it computed, or none for lexical and
     * structured features only): what the benchmark times.
     */
    public MatchPage achievementsForProfile(MatchProfile demand, MatchRequest request) {
        return page(demand, Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), request);
    }

    /**
     * Only the BM25 candidate query of a match of achievements for this demand profile (the first stage, no
     * vectors, features or explanations): the benchmark's floor. Returns the candidates found.
     */
    public int lexicalCandidatesOnly(MatchProfile demand) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return source.lexicalOnly(demand, source.filter(achievements.kind(), Map.of(), today));
    }

    /**
     * Forgets every cached ranking and query vector, so the next request pays the whole cost again (what is kept
     * per candidate record, per query term and per filter stays, as in a running service).
     */
    public void clearCaches() {
        rankings.clear();
        draftVectors.invalidateAll();
    }

    /** The vector the engine would use for a text (null when vectors are off). */
    public float[] embed(String text) {
        return semantic.isEnabled() ? draftVectors.get(text, embedder::embed) : null;
    }

    private MatchPage page(MatchProfile query, Direction direction, RecordKind<?> candidates, MatchRequest request) {
        CachedRanking ranking = ranking(query, direction, candidates, request.filters());
        return page(query, direction, ranking.entries(), CachedRanking.Entry::score,
                rescoring(query, direction, ranking), request);
    }

    /** Every candidate of a cached ranking with its feature values again. */
    private List<ScoredCandidate> scored(MatchProfile query, Direction direction, CachedRanking ranking) {
        return ranking.entries().stream().map(rescoring(query, direction, ranking)).toList();
    }

    /** A cached candidate with its feature values, computed from the evidence and instant it was ranked with. */
    private Function<CachedRanking.Entry, ScoredCandidate> rescoring(MatchProfile query, Direction direction,
                                                                    CachedRanking ranking) {
        return e -> matcher.assess(query, e.candidate(), e.evidence(), direction, ranking.scoredAt());
    }

    /**
     * One page of a ranking; only the candidates on it are scored in full (feature values and sentences).
     *
     * @param score  a ranked candidate's score
     * @param scored the ranked candidate with its feature values
     */
    private <T> MatchPage page(MatchProfile query, Direction direction, List<T> ranked, ToDoubleFunction<T> score,
                               Function<T, ScoredCandidate> scored, MatchRequest request) {
        List<T> good = ranked.stream().filter(c -> score.applyAsDouble(c) >= properties.threshold()).toList();
        List<T> listed = request.includeWeak() ? ranked : good;
        int from = Math.min(request.offset(), listed.size());
        int to = Math.min(request.offset() + request.limit(), listed.size());
        List<Match> matches = new ArrayList<>();
        for (T entry : listed.subList(from, to)) {
            ScoredCandidate c = scored.apply(entry);
            matches.add(explainer.match(query, c, properties.threshold()));
        }
        return new MatchPage(query.id(), direction.label(), listed.size(), request.offset(), request.limit(),
                properties.threshold(), good.isEmpty(), good.isEmpty() ? NO_GOOD_MATCH : null,
                query.vector() != null, matches, good.size(), listed.size());
    }

    private CachedRanking ranking(MatchProfile query, Direction direction, RecordKind<?> candidates,
                                  Map<String, List<String>> userFilters) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        CandidateSource.Filter filter = source.filter(candidates, userFilters, today);
        RankKey key = new RankKey(direction, query.id(), query.version(),
                query.id() == null ? (query.title() + query.text()).hashCode() : 0, query.vector() != null,
                userFilters, today);
        return rankings.get(source.generation(filter), key, () -> {
            List<ScoredCandidate> all = matcher.rank(query, direction, filter, now);
            return CachedRanking.of(all.subList(0, Math.min(all.size(), MatchRequest.MAX_WINDOW)), now);
        });
    }

    /** The stored vector of a record, or (when the job has not reached it yet) one computed now. */
    private float[] vectorOf(String id, String semanticText) {
        if (!semantic.isEnabled()) {
            return null;
        }
        float[] stored = source.storedVector(id);
        return stored != null ? stored : draftVectors.get(semanticText, embedder::embed);
    }
}
