package org.techmatch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.techmatch.text.TextAnalysis;

/** The index-time analyzer: words for fields ending in .w, bigrams for .bg, words for anything else. */
public final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
    private final TextAnalysis analysis;

    public IndexAnalyzer(TextAnalysis analysis) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.analysis = analysis;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return fieldName.endsWith(IndexFields.BIGRAMS) ? analysis.bigramAnalyzer() : analysis.wordIndexAnalyzer();
    }
}
