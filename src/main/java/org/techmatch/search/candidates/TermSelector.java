package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
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
    /**
     * Document frequencies, looked up per segment: a query looks up some hundreds of terms, each in every segment,
     * and the same common terms recur from query to query; a refresh only adds a small segment.
     */
    private final SegmentTerms segments;
    /** Distinct terms whose document frequency is kept per reader: far more than the vocabulary queries reach. */
    private static final int MAX_CACHED_FREQUENCIES = 500_000;
    /**
     * The frequencies summed over the current reader's segments: a query's terms and its candidates' title bigrams
     * recur from query to query until the next refresh, and one lookup here spares one per segment.
     */
    private volatile ReaderFrequencies frequencies = new ReaderFrequencies(null, new ConcurrentHashMap<>());

    private record ReaderFrequencies(IndexReader reader, Map<FieldTerm, Integer> byTerm) {
    }

    /** A key that needs no string built per lookup (a query looks up hundreds). */
    private record FieldTerm(String field, String term) {
    }

    /** The documents with a text in the current reader ({@link #textDocuments}), counted once per reader. */
    private volatile ReaderCount documents = new ReaderCount(null, 0);

    private record ReaderCount(IndexReader reader, int count) {
    }

    TermSelector(TextAnalysis analysis, int maxWords, int maxBigrams, SegmentTerms segments) {
        this.analysis = analysis;
        this.maxWords = maxWords;
        this.maxBigrams = maxBigrams;
        this.segments = segments;
    }

    SelectedTerms select(IndexReader reader, String title, String text) throws IOException {
        List<WeightedTerm> words = strongest(reader, frequencies(analysis.words(title), analysis.words(text)),
                IndexFields.TITLE + IndexFields.WORDS, IndexFields.BODY + IndexFields.WORDS, maxWords);
        List<WeightedTerm> bigrams = strongest(reader, frequencies(onlyBigrams(analysis.bigrams(title)),
                        onlyBigrams(analysis.bigrams(text))),
                IndexFields.TITLE + IndexFields.BIGRAMS, IndexFields.BODY + IndexFields.BIGRAMS, maxBigrams);
        List<String> titleBigrams = onlyBigrams(analysis.bigrams(title));
        Set<String> all = new HashSet<>(titleBigrams);
        all.addAll(onlyBigrams(analysis.bigrams(text)));
        return new SelectedTerms(words, bigrams, all, weighted(reader, titleBigrams), common(reader, words));
    }

    /** The selected words under the idf floor of key terms: evidence, but too common to show as shared terms. */
    private Set<String> common(IndexReader reader, List<WeightedTerm> words) throws IOException {
        Set<String> common = new HashSet<>();
        for (WeightedTerm word : words) {
            int df = docFreq(reader, IndexFields.TITLE + IndexFields.WORDS, IndexFields.BODY + IndexFields.WORDS,
                    word.term());
            if (idf(textDocuments(reader), df) < KeyTerms.MIN_IDF) {
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
    List<WeightedTerm> weighted(IndexReader reader, List<String> bigrams) throws IOException {
        List<WeightedTerm> terms = new ArrayList<>(bigrams.size());
        for (String bigram : new LinkedHashSet<>(bigrams)) {
            terms.add(new WeightedTerm(bigram, idf(reader, bigram)));
        }
        return terms;
    }

    /** "一种…" opens half of all patent titles and says nothing about the subject. */
    private static String stripPatentOpening(String title) {
        return title.startsWith("一种") ? title.substring(2) : title;
    }

    private double idf(IndexReader reader, String bigram) throws IOException {
        return idf(textDocuments(reader), docFreq(reader, IndexFields.TITLE + IndexFields.BIGRAMS,
                IndexFields.BODY + IndexFields.BIGRAMS, bigram));
    }

    /**
     * The documents that have a text to share terms with: those with a title or body. Not every document of the
     * index: accounts, audit entries, marks and models carry no text, and counting them let a manager's marks or a
     * busy audit log move every term's weight and so the ranking (issue 14).
     */
    private int textDocuments(IndexReader reader) throws IOException {
        ReaderCount current = documents;
        if (current.reader() != reader) {
            int titled = reader.getDocCount(IndexFields.TITLE + IndexFields.WORDS);
            current = new ReaderCount(reader,
                    Math.max(Math.max(titled, reader.getDocCount(IndexFields.BODY + IndexFields.WORDS)), 1));
            documents = current;
        }
        return current.count();
    }

    /** BM25's idf of a term found in df of the index's documents. */
    private static double idf(int documents, int df) {
        int docs = Math.max(1, documents);
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** In how many documents the term occurs in the title or in the body field, whichever is more. */
    private int docFreq(IndexReader reader, String titleField, String bodyField, String term) throws IOException {
        ReaderFrequencies current = frequencies;
        if (current.reader() != reader) {
            current = new ReaderFrequencies(reader, new ConcurrentHashMap<>());
            frequencies = current;
        }
        FieldTerm key = new FieldTerm(titleField, term);
        Integer cached = current.byTerm().get(key);
        if (cached != null) {
            return cached;
        }
        int df = Math.max(segments.docFreq(reader, titleField, term), segments.docFreq(reader, bodyField, term));
        if (current.byTerm().size() < MAX_CACHED_FREQUENCIES) {
            current.byTerm().put(key, df);
        }
        return df;
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

    private List<WeightedTerm> strongest(IndexReader reader, Map<String, Double> tf, String titleField,
                                         String bodyField, int limit) throws IOException {
        int docs = textDocuments(reader);
        List<WeightedTerm> weighted = new ArrayList<>();
        for (var entry : tf.entrySet()) {
            int df = docFreq(reader, titleField, bodyField, entry.getKey());
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
