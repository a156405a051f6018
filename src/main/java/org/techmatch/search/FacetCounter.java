package org.techmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.techmatch.search.SearchPage.FacetCount;

/**
 * Counts, for every facet field, how many matching documents carry each value. Counting ordinals per
 * segment and resolving them to labels at the end keeps it one pass over doc values.
 */
final class FacetCounter {
    private FacetCounter() {
    }

    /**
     * Counts the facets of the documents another collector sees in the same pass (see {@code
     * MultiCollectorManager}), so a search page evaluates its query once rather than once for the hits and again
     * for the counts.
     */
    static CollectorManager<Counting, Map<String, List<FacetCount>>> counting(List<String> fields) {
        return new Manager(fields);
    }

    private record Manager(List<String> fields) implements CollectorManager<Counting, Map<String, List<FacetCount>>> {
        @Override
        public Counting newCollector() {
            return new Counting(fields);
        }

        @Override
        public Map<String, List<FacetCount>> reduce(Collection<Counting> collectors) {
            Map<String, Map<String, Long>> total = new HashMap<>();
            for (Counting c : collectors) {
                c.totals.forEach((field, values) -> values.forEach((value, n) ->
                        total.computeIfAbsent(field, k -> new HashMap<>()).merge(value, n, Long::sum)));
            }
            Map<String, List<FacetCount>> result = new LinkedHashMap<>();
            for (String field : fields) {
                List<FacetCount> counts = new ArrayList<>();
                total.getOrDefault(field, Map.of()).forEach((value, n) -> counts.add(new FacetCount(value, n)));
                counts.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()));
                result.put(field, counts);
            }
            return result;
        }
    }

    static final class Counting implements Collector {
        private final List<String> fields;
        private final Map<String, Map<String, Long>> totals = new HashMap<>();

        Counting(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
            long[][] counts = new long[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), IndexFields.FACET_PREFIX + fields.get(i));
                counts[i] = new long[(int) values[i].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            for (int k = 0; k < values[i].docValueCount(); k++) {
                                counts[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        Map<String, Long> byValue = totals.computeIfAbsent(fields.get(i), k -> new HashMap<>());
                        for (int ord = 0; ord < counts[i].length; ord++) {
                            if (counts[i][ord] > 0) {
                                byValue.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
