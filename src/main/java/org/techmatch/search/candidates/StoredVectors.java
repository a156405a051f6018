package org.techmatch.search.candidates;

import java.io.IOException;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.techmatch.semantic.VectorFields;

/** Reads the semantic vector a record's document holds (see {@link VectorFields}). */
final class StoredVectors {
    private StoredVectors() {
    }

    /** The vector of one document of a segment, or null when it has none yet. */
    static float[] read(LeafReader leaf, int docId) throws IOException {
        FloatVectorValues values = leaf.getFloatVectorValues(VectorFields.VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(docId) != docId) {
            return null;
        }
        return values.vectorValue(it.index()).clone();
    }
}
