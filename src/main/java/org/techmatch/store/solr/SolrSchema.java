package org.techmatch.store.solr;

/**
 * The names of the collection's fields (src/main/solr/techmatch/conf/managed-schema.xml) and the schema version
 * this code reads and writes.
 */
public final class SolrSchema {
    /**
     * Raise with the default of techmatch_schema_version in managed-schema.xml whenever a field changes (2: tokens
     * at one position stacked again, {@link #STACKED}).
     */
    public static final int VERSION = 2;
    /** Joins the tokens our analysers put at one position (a word and its synonyms); the schema stacks them again. */
    public static final char STACKED = '\u2063';
    public static final String VERSION_FIELD = "techmatch_schema_version";
    /** The configset's name in ZooKeeper: one per schema version, so a new version never alters a live one. */
    public static final String CONFIGSET = "techmatch-v" + VERSION;

    public static final String ID = "id";
    public static final String TYPE = "rtype";
    public static final String VERSION_OF_RECORD = "rversion";
    public static final String SOURCE = "source";
    public static final String ID_PREFIX = "idprefix";
    public static final String ID_NUMBER = "idnumber";
    public static final String PRESENT = "present";
    /** Solr's own document version: the optimistic concurrency of every update. */
    public static final String SOLR_VERSION = "_version_";

    /** The fields a read of a stored record needs. */
    public static final String STORED_FIELDS = ID + "," + TYPE + "," + VERSION_OF_RECORD + "," + SOURCE + "," + SOLR_VERSION;

    /** Every vector field of a document, for a field list (fl). */
    public static final String VECTOR_FIELDS = "*_v";

    private SolrSchema() {
    }

    /** The vectors a returned document holds, by our field name (the document was asked for {@link #VECTOR_FIELDS}). */
    static java.util.Map<String, float[]> vectors(org.apache.solr.common.SolrDocument doc) {
        java.util.Map<String, float[]> vectors = new java.util.LinkedHashMap<>();
        for (String name : doc.getFieldNames()) {
            if (name.endsWith("_v")) {
                vectors.put(name.substring(0, name.length() - 2), SolrQueries.vector(doc, name));
            }
        }
        return vectors;
    }

    /** The Solr field of one of our indexed fields: its name and a suffix naming its use (see the dynamic fields). */
    public static String field(org.techmatch.store.IndexedFields.Use use, String name) {
        return name + switch (use) {
            case EXACT, EXACT_STORED -> "_s";
            case FACET -> "_f";
            case TEXT -> "_t";
            case LONG -> "_l";
            case DOUBLE -> "_d";
            case BYTES -> "_b";
            case VECTOR -> "_v";
        };
    }
}
