package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.List;

/**
 * How many documents of the collection hold a term, as term selection and title weighting need them: the embedded
 * index answers from its segments ({@link LuceneTermStatistics}), a SolrCloud collection through its terms
 * component, summed over the shards ({@link SolrTermStatistics}). Both count a replaced copy not yet merged away
 * (as Lucene's docFreq does), so a settled index gives the same figures on either backend.
 */
interface TermStatistics {
    /**
     * What the figures are a view of (a reader, a generation of writes): frequencies kept for one snapshot are
     * asked again once it changes. Compared with equals.
     */
    Object snapshot();

    /** The documents with at least one term in the field. */
    int docCount(String field) throws IOException;

    /** The document frequency of each term in the field, in the order given (0 for a term it does not hold). */
    int[] docFreqs(String field, List<String> terms) throws IOException;
}
