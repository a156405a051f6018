package org.techmatch.search.candidates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.techmatch.expert.ExpertKind;
import org.techmatch.matching.EvidenceMeter;
import org.techmatch.matching.MatchProfile;
import org.techmatch.matching.Profiles;
import org.techmatch.matching.WeightedTerm;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/**
 * What matching reads of a candidate that changes only with its version: its profile (without the vector,
 * which the embedding job adds under the same version), its text folded for literal term search and its title's
 * bigrams. Decoding the stored JSON and folding the text are most of a candidate's cost, and the same records
 * come back for many queries; a view is found by the id and version doc values, without reading stored fields.
 */
final class CandidateViews {
    /** A candidate as matching sees it. */
    static final class View {
        private final MatchProfile profile;
        private final String folded;
        private final List<String> titleBigrams;
        /** The title's bigrams weighed against the statistics of the last query that saw this candidate. */
        private volatile WeightedTitle weightedTitle;

        /**
         * The snapshot is a small key, never the reader itself: a view holding the reader kept every searcher it was
         * last weighed against reachable (its segments' field infos, term indexes, doc values metadata) long after
         * the searcher closed, so under a stream of writes the heap grew with the refreshes, not with the records
         * (the soak with a constant library, README "Load test").
         */
        private record WeightedTitle(Object snapshot, List<WeightedTerm> terms) {
        }

        View(MatchProfile profile, String folded, List<String> titleBigrams) {
            this.profile = profile;
            this.folded = folded;
            this.titleBigrams = titleBigrams;
        }

        MatchProfile profile() {
            return profile;
        }

        String folded() {
            return folded;
        }

        /**
         * The title's distinct bigrams with their idf in the statistics. Weighed once per snapshot: a popular
         * candidate comes back for many queries between two writes.
         */
        List<WeightedTerm> weightedTitle(TermStatistics stats, TermSelector selector) throws IOException {
            WeightedTitle weighted = weightedTitle;
            if (weighted == null || !weighted.snapshot().equals(stats.snapshot())) {
                weighted = new WeightedTitle(stats.snapshot(), selector.weighted(stats, titleBigrams));
                weightedTitle = weighted;
            }
            return weighted.terms();
        }

        /** The title's bigrams when they still need weighing against the statistics, else none. */
        List<String> unweighedTitle(TermStatistics stats) {
            WeightedTitle weighted = weightedTitle;
            return weighted == null || !weighted.snapshot().equals(stats.snapshot()) ? titleBigrams : List.of();
        }

        int weight() {
            return 2 * (profile.title().length() + profile.text().length() + folded.length())
                    + 16 * titleBigrams.size() + 256;
        }
    }

    private final Profiles profiles;
    private final TermSelector selector;
    private final Cache<String, View> views;

    CandidateViews(Profiles profiles, TermSelector selector, long maxBytes) {
        this.profiles = profiles;
        this.selector = selector;
        this.views = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String key, View view) -> view.weight())
                .build();
    }

    /** The view of a candidate document of a segment (leafDoc is relative to the segment). */
    View of(LeafReader leaf, int leafDoc) throws IOException {
        String key = key(leaf, leafDoc);
        View cached = key == null ? null : views.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        StoredFields fields = leaf.storedFields();
        View view = build(profiles.of(DocumentStore.read(fields, leafDoc), null));
        // A team's profile includes its linked achievements, which change under other versions than its own.
        if (key != null && !ExpertKind.TYPE.equals(view.profile().type())) {
            views.put(key, view);
        }
        return view;
    }

    /** The cached view of this version of a record, or null (a record read from a remote collection). */
    View cached(String id, long version) {
        return views.getIfPresent(id + "@" + version);
    }

    /** The view of a stored record read from a remote collection, kept under its id and version. */
    View of(StoredRecord record) {
        View view = build(profiles.of(record, null));
        if (!ExpertKind.TYPE.equals(view.profile().type())) {
            views.put(record.id() + "@" + record.version(), view);
        }
        return view;
    }

    /** The view of a record that is not in the index (a challenge's application): never cached. */
    View of(MatchProfile profile) {
        return build(profile);
    }

    private View build(MatchProfile profile) {
        return new View(profile, EvidenceMeter.fold(profile.fullText()), selector.titleBigramTerms(profile.title()));
    }

    private static String key(LeafReader leaf, int leafDoc) throws IOException {
        SortedDocValues ids = leaf.getSortedDocValues(FieldNames.ID);
        NumericDocValues versions = leaf.getNumericDocValues(FieldNames.VERSION);
        if (ids == null || versions == null || !ids.advanceExact(leafDoc) || !versions.advanceExact(leafDoc)) {
            return null;
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString() + "@" + versions.longValue();
    }
}
