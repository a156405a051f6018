package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.techmatch.matching.KeyTerms;
import org.techmatch.matching.SelectedTerms;
import org.techmatch.matching.WeightedTerm;
import org.techmatch.search.IndexFields;
import org.techmatch.text.TextAnalysis;

/**
 * Picks the terms of a long text that say the most about it. A demand of 500 characters has some 150 words;
 * sending them all makes every boiler-plate word ("企业", "技术", "需要") pull in candidates and costs time at
 * a million records. Terms are weighed by tf·idf against the index, title terms counting double, and only
 * the strongest are kept.
 */
final class TermSelector {
    private final TextAnalysis analysis;
    private final int maxWords;
    private final int maxBigrams;
    /** Distinct terms whose document frequency is kept per reader: far more than the vocabulary queries reach. */
    private static final int MAX_CACHED_FREQUENCIES = 500_000;
    /**
     * The frequencies of the current snapshot (a reader, a generation of writes): a query's terms and its
     * candidates' title bigrams recur from query to query until the next refresh, and one lookup here spares one
     * per segment (or a request to the cluster).
     */
    private volatile ReaderFrequencies frequencies = new ReaderFrequencies(null, new ConcurrentHashMap<>());

    private record ReaderFrequencies(Object snapshot, Map<FieldTerm, Integer> byTerm) {
    }

    /** A key that needs no string built per lookup (a query looks up hundreds). */
    private record FieldTerm(String field, String term) {
    }

    /** The documents with a text in the current snapshot ({@link #textDocuments}), counted once per snapshot. */
    private volatile ReaderCount documents = new ReaderCount(null, 0);

    private record ReaderCount(Object snapshot, int count) {
    }

    TermSelector(TextAnalysis analysis, int maxWords, int maxBigrams) {
        this.analysis = analysis;
        this.maxWords = maxWords;
        this.maxBigrams = maxBigrams;
    }

    SelectedTerms select(TermStatistics stats, String title, String text) throws IOException {
        List<WeightedTerm> words = strongest(stats, frequencies(analysis.words(title), analysis.words(text)),
                IndexFields.TITLE + IndexFields.WORDS, IndexFields.BODY + IndexFields.WORDS, maxWords);
        List<WeightedTerm> bigrams = strongest(stats, frequencies(onlyBigrams(analysis.bigrams(title)),
                        onlyBigrams(analysis.bigrams(text))),
                IndexFields.TITLE + IndexFields.BIGRAMS, IndexFields.BODY + IndexFields.BIGRAMS, maxBigrams);
        List<String> titleBigrams = onlyBigrams(analysis.bigrams(title));
        Set<String> all = new HashSet<>(titleBigrams);
        all.addAll(onlyBigrams(analysis.bigrams(text)));
        return new SelectedTerms(words, bigrams, all, weighted(stats, titleBigrams), common(stats, words));
    }

    /** The selected words under the idf floor of key terms: evidence, but too common to show as shared terms. */
    private Set<String> common(TermStatistics stats, List<WeightedTerm> words) throws IOException {
        Set<String> common = new HashSet<>();
        Map<String, Integer> dfs = docFreqs(stats, IndexFields.TITLE + IndexFields.WORDS,
                IndexFields.BODY + IndexFields.WORDS, words.stream().map(WeightedTerm::term).toList());
        for (WeightedTerm word : words) {
            int df = dfs.get(word.term());
            if (idf(textDocuments(stats), df) < KeyTerms.MIN_IDF) {
                common.add(word.term());
            }
        }
        return common;
    }

    /** A candidate title's distinct bigrams, in order. */
    List<String> titleBigramTerms(String title) {
        return List.copyOf(new java.util.LinkedHashSet<>(onlyBigrams(analysis.bigrams(stripPatentOpening(title)))));
    }

    /**
     * A title's distinct bigrams with their weights (idf), for how much of one side's title the other covers; the
     * document frequencies come from the per-reader cache, as the same titles recur across queries.
     */
    List<WeightedTerm> weighted(TermStatistics stats, List<String> bigrams) throws IOException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(bigrams));
        Map<String, Integer> dfs = docFreqs(stats, IndexFields.TITLE + IndexFields.BIGRAMS,
                IndexFields.BODY + IndexFields.BIGRAMS, distinct);
        int docs = textDocuments(stats);
        List<WeightedTerm> terms = new ArrayList<>(distinct.size());
        for (String bigram : distinct) {
            terms.add(new WeightedTerm(bigram, idf(docs, dfs.get(bigram))));
        }
        return terms;
    }

    /**
     * Looks up the bigrams of many candidate titles at once, so that weighing each title afterwards finds them kept
     * (against a cluster, one request for a whole candidate list rather than one per candidate).
     */
    void prefetchBigrams(TermStatistics stats, Collection<String> bigrams) throws IOException {
        if (!bigrams.isEmpty()) {
            docFreqs(stats, IndexFields.TITLE + IndexFields.BIGRAMS, IndexFields.BODY + IndexFields.BIGRAMS, bigrams);
        }
    }

    /** "一种…" opens half of all patent titles and says nothing about the subject. */
    private static String stripPatentOpening(String title) {
        return title.startsWith("一种") ? title.substring(2) : title;
    }

    /**
     * The documents that have a text to share terms with: those with a title or body. Not every document of the
     * index: accounts, audit entries, marks and models carry no text, and counting them let a manager's marks or a
     * busy audit log move every term's weight and so the ranking (issue 14).
     */
    private int textDocuments(TermStatistics stats) throws IOException {
        ReaderCount current = documents;
        if (!Objects.equals(current.snapshot(), stats.snapshot())) {
            int titled = stats.docCount(IndexFields.TITLE + IndexFields.WORDS);
            current = new ReaderCount(stats.snapshot(),
                    Math.max(Math.max(titled, stats.docCount(IndexFields.BODY + IndexFields.WORDS)), 1));
            documents = current;
        }
        return current.count();
    }

    /** BM25's idf of a term found in df of the index's documents. */
    private static double idf(int documents, int df) {
        int docs = Math.max(1, documents);
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /**
     * In how many documents each term occurs in the title or in the body field, whichever is more; the terms not
     * kept for the snapshot are asked for together (one request to a cluster, not one per term).
     */
    private Map<String, Integer> docFreqs(TermStatistics stats, String titleField, String bodyField,
                                          Collection<String> terms) throws IOException {
        ReaderFrequencies current = frequencies;
        Object snapshot = stats.snapshot();
        if (!Objects.equals(current.snapshot(), snapshot)) {
            current = new ReaderFrequencies(snapshot, new ConcurrentHashMap<>());
            frequencies = current;
        }
        Map<String, Integer> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            Integer cached = current.byTerm().get(new FieldTerm(titleField, term));
            if (cached != null) {
                found.put(term, cached);
            } else if (!found.containsKey(term)) {
                found.put(term, 0);
                missing.add(term);
            }
        }
        if (!missing.isEmpty()) {
            int[] title = stats.docFreqs(titleField, missing);
            int[] body = stats.docFreqs(bodyField, missing);
            for (int i = 0; i < missing.size(); i++) {
                int df = Math.max(title[i], body[i]);
                found.put(missing.get(i), df);
                if (current.byTerm().size() < MAX_CACHED_FREQUENCIES) {
                    current.byTerm().put(new FieldTerm(titleField, missing.get(i)), df);
                }
            }
        }
        return found;
    }

    private static Map<String, Double> frequencies(List<String> titleTerms, List<String> textTerms) {
        Map<String, Double> tf = new LinkedHashMap<>();
        titleTerms.stream().filter(TermSelector::informative).forEach(t -> tf.merge(t, 2.0, Double::sum));
        textTerms.stream().filter(TermSelector::informative).forEach(t -> tf.merge(t, 1.0, Double::sum));
        return tf;
    }

    /** Single characters and bare numbers match too much to be evidence. */
    private static boolean informative(String term) {
        return term.codePointCount(0, term.length()) >= 2 && !term.chars().allMatch(Character::isDigit);
    }

    private static List<String> onlyBigrams(List<String> tokens) {
        return tokens.stream().filter(t -> t.codePointCount(0, t.length()) == 2).toList();
    }

    private List<WeightedTerm> strongest(TermStatistics stats, Map<String, Double> tf, String titleField,
                                         String bodyField, int limit) throws IOException {
        int docs = textDocuments(stats);
        Map<String, Integer> dfs = docFreqs(stats, titleField, bodyField, tf.keySet());
        List<WeightedTerm> weighted = new ArrayList<>();
        for (var entry : tf.entrySet()) {
            int df = dfs.get(entry.getKey());
            if (df == 0) {
                continue; // no candidate can share it, so it is no evidence either way
            }
            weighted.add(new WeightedTerm(entry.getKey(), (1 + Math.log(entry.getValue())) * idf(docs, df)));
        }
        weighted.sort(Comparator.comparingDouble(WeightedTerm::weight).reversed()
                .thenComparing(WeightedTerm::term));
        return List.copyOf(weighted.subList(0, Math.min(limit, weighted.size())));
    }
}
