package org.techmatch.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.semantic.SemanticProperties;
import org.techmatch.semantic.TextEmbedder;
import org.techmatch.semantic.VectorFields;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;

/**
 * The engine behind the API: loads the query record, ranks (through a cache keyed by the query's version and
 * the searcher generation, so any write makes every cached ranking unreachable), pages, and explains the
 * matches of the page.
 */
public final class MatchService implements MatchEngine {
    static final String NO_GOOD_MATCH = "暂无合适匹配";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;
    private final DocumentStore store;
    private final Matcher matcher;
    private final CandidateFilters filters;
    private final Explainer explainer;
    private final TextEmbedder embedder;
    private final SemanticProperties semantic;
    private final MatchingProperties properties;
    private final Clock clock;
    private final Cache<RankKey, List<ScoredCandidate>> rankings;
    private final Cache<String, float[]> draftVectors;

    /** What makes a ranking true: the query (and its version), the index state, the filters and the day. */
    private record RankKey(Direction direction, String queryId, long queryVersion, int textHash, long generation,
                           Map<String, List<String>> filters, LocalDate day) {
    }

    public MatchService(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                        DocumentStore store, Matcher matcher, CandidateFilters filters, Explainer explainer,
                        TextEmbedder embedder, SemanticProperties semantic, MatchingProperties properties,
                        Clock clock) {
        this.achievements = achievements;
        this.demands = demands;
        this.store = store;
        this.matcher = matcher;
        this.filters = filters;
        this.explainer = explainer;
        this.embedder = embedder;
        this.semantic = semantic;
        this.properties = properties;
        this.clock = clock;
        this.rankings = Caffeine.newBuilder().maximumSize(properties.cacheEntries()).build();
        this.draftVectors = Caffeine.newBuilder().maximumSize(1_000).build();
    }

    @Override
    public MatchPage achievementsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        Demand demand = demands.get(demandId);
        return page(Profiles.of(demand, vectorOf(demand.id(), demands.kind().semanticText(demand))),
                Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), request);
    }

    @Override
    public MatchPage demandsForAchievement(String achievementId, MatchRequest request, Viewer viewer) {
        Achievement achievement = achievements.get(achievementId);
        return page(Profiles.of(achievement, vectorOf(achievement.id(),
                        achievements.kind().semanticText(achievement))),
                Direction.DEMANDS_FOR_ACHIEVEMENT, demands.kind(), request);
    }

    @Override
    public MatchPage expertsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        throw new UnsupportedOperationException("experts arrive with the expert library");
    }

    @Override
    public MatchPage achievementsForDraft(Demand draft, MatchRequest request, Viewer viewer) {
        float[] vector = semantic.isEnabled() ? draftVectors.get(demands.kind().semanticText(draft), embedder::embed)
                : null;
        return page(Profiles.of(draft, vector), Direction.ACHIEVEMENTS_FOR_DEMAND, achievements.kind(), request);
    }

    @Override
    public List<Match> rankProposals(Demand problem, List<Achievement> proposals) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public double threshold() {
        return properties.threshold();
    }

    /** The ranked candidates of a query profile, unpaged; used by the evaluation and benchmark commands. */
    public List<RankedCandidate> rankAll(MatchProfile query, RecordKind<?> candidates, Map<String, List<String>> filter) {
        return ranking(query, Direction.ACHIEVEMENTS_FOR_DEMAND, candidates, filter).stream()
                .map(c -> new RankedCandidate(c.candidate().id(), c.score(), c.features())).toList();
    }

    private MatchPage page(MatchProfile query, Direction direction, RecordKind<?> candidates, MatchRequest request) {
        List<ScoredCandidate> ranked = ranking(query, direction, candidates, request.filters());
        List<ScoredCandidate> good = ranked.stream().filter(c -> c.score() >= properties.threshold()).toList();
        List<ScoredCandidate> listed = request.includeWeak() ? ranked : good;
        int from = Math.min(request.offset(), listed.size());
        int to = Math.min(request.offset() + request.limit(), listed.size());
        List<Match> matches = new ArrayList<>();
        for (ScoredCandidate c : listed.subList(from, to)) {
            matches.add(new Match(c.candidate().id(), c.candidate().type(), c.candidate().title(),
                    Explainer.round(c.score()), c.score() >= properties.threshold(), explainer.explain(query, c)));
        }
        return new MatchPage(query.id(), direction.label(), listed.size(), request.offset(), request.limit(),
                properties.threshold(), good.isEmpty(), good.isEmpty() ? NO_GOOD_MATCH : null,
                query.vector() != null, matches);
    }

    private List<ScoredCandidate> ranking(MatchProfile query, Direction direction, RecordKind<?> candidates,
                                          Map<String, List<String>> userFilters) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Query filter = filters.build(candidates, userFilters, today);
        RankKey key = new RankKey(direction, query.id(), query.version(),
                query.id() == null ? (query.title() + query.text()).hashCode() : 0, store.generation(),
                userFilters, today);
        return rankings.get(key, k -> {
            List<ScoredCandidate> all = matcher.rank(query, direction, filter, now);
            return List.copyOf(all.subList(0, Math.min(all.size(), MatchRequest.MAX_WINDOW)));
        });
    }

    /** The stored vector of a record, or (when the job has not reached it yet) one computed now. */
    private float[] vectorOf(String id, String semanticText) {
        if (!semantic.isEnabled()) {
            return null;
        }
        float[] stored = store.search(searcher -> {
            TopDocs hit = searcher.search(new TermQuery(new Term(FieldNames.ID, id)), 1);
            if (hit.scoreDocs.length == 0) {
                return null;
            }
            int doc = hit.scoreDocs[0].doc;
            LeafReaderContext leaf = searcher.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
            return VectorFields.read(leaf.reader(), doc - leaf.docBase);
        });
        return stored != null ? stored : draftVectors.get(semanticText, embedder::embed);
    }
}
