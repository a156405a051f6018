package org.techmatch.semantic;

import org.techmatch.store.IndexedFields;

/**
 * The semantic vector of a record lives in the record's own document (HNSW graph per segment), so a write
 * that replaces the document also drops its vector and the embedding job computes a fresh one.
 */
public final class VectorFields {
    public static final String VECTOR = "vec";

    private VectorFields() {
    }

    /** Unit vectors: the store compares them by dot product, which is the cosine and cheaper to compute. */
    public static void add(IndexedFields fields, float[] vector) {
        fields.vector(VECTOR, vector);
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
