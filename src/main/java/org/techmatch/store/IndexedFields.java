package org.techmatch.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a record is indexed under, in the engine's neutral terms: what each field is for, not how an engine
 * stores it. The kinds fill it (through {@link org.techmatch.search.IndexFields}); the embedded store turns it into
 * a Lucene document, and another engine (SolrCloud) would turn it into its own.
 */
public final class IndexedFields {
    /** How a field is indexed. */
    public enum Use {
        /** An exact value for filters, not stored. */
        EXACT,
        /** An exact value for filters, kept with the record so a lookup can return it. */
        EXACT_STORED,
        /** A value counted as a facet (by its field name). */
        FACET,
        /** Analysed text; the analyzer is chosen by the name's suffix. */
        TEXT,
        /** A whole number for range filters and sorting. */
        LONG,
        /** A decimal number for range filters and sorting. */
        DOUBLE,
        /** Bytes read per record while ranking (a signature), neither searched nor stored. */
        BYTES,
        /** A unit vector for nearest-neighbour search by dot product. */
        VECTOR
    }

    /** One field: its use, name and value (a String, Long, Double, byte[] or float[] by use). */
    public record Field(Use use, String name, Object value) {
    }

    private final List<Field> fields = new ArrayList<>();

    public IndexedFields exact(String name, String value) {
        return add(Use.EXACT, name, value);
    }

    public IndexedFields exactStored(String name, String value) {
        return add(Use.EXACT_STORED, name, value);
    }

    public IndexedFields facet(String name, String value) {
        return add(Use.FACET, name, value);
    }

    public IndexedFields text(String name, String value) {
        return add(Use.TEXT, name, value);
    }

    public IndexedFields number(String name, long value) {
        return add(Use.LONG, name, value);
    }

    public IndexedFields number(String name, double value) {
        return add(Use.DOUBLE, name, value);
    }

    public IndexedFields bytes(String name, byte[] value) {
        return add(Use.BYTES, name, value);
    }

    public IndexedFields vector(String name, float[] value) {
        return add(Use.VECTOR, name, value);
    }

    /** Whether a field of this name was added. */
    public boolean has(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The fields in the order they were added. */
    public List<Field> fields() {
        return fields;
    }

    private IndexedFields add(Use use, String name, Object value) {
        fields.add(new Field(use, name, value));
        return this;
    }
}
