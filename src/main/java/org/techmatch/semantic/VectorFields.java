package org.techmatch.semantic;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * The semantic vector of a record lives in the record's own document (HNSW graph per segment), so a write
 * that replaces the document also drops its vector and the embedding job computes a fresh one.
 */
public final class VectorFields {
    public static final String VECTOR = "vec";

    private VectorFields() {
    }

    public static void add(Document doc, float[] vector) {
        // Unit vectors: the dot product is the cosine and is cheaper to compute.
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }

    /** The vector of one document of a segment, or null when it has none yet. */
    public static float[] read(LeafReader leaf, int docId) throws IOException {
        FloatVectorValues values = leaf.getFloatVectorValues(VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(docId) != docId) {
            return null;
        }
        return values.vectorValue(it.index()).clone();
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
