package org.techmatch.store.solr;

/**
 * The names of the collection's fields (src/main/solr/techmatch/conf/managed-schema.xml) and the schema version
 * this code reads and writes.
 */
final class SolrSchema {
    /** Raise with the default of techmatch_schema_version in managed-schema.xml whenever a field changes. */
    static final int VERSION = 1;
    static final String VERSION_FIELD = "techmatch_schema_version";
    /** The configset's name in ZooKeeper: one per schema version, so a new version never alters a live one. */
    static final String CONFIGSET = "techmatch-v" + VERSION;

    static final String ID = "id";
    static final String TYPE = "rtype";
    static final String VERSION_OF_RECORD = "rversion";
    static final String SOURCE = "source";
    static final String ID_PREFIX = "idprefix";
    static final String ID_NUMBER = "idnumber";
    static final String PRESENT = "present";
    /** Solr's own document version: the optimistic concurrency of every update. */
    static final String SOLR_VERSION = "_version_";

    /** The fields a read of a stored record needs. */
    static final String STORED_FIELDS = ID + "," + TYPE + "," + VERSION_OF_RECORD + "," + SOURCE + "," + SOLR_VERSION;

    private SolrSchema() {
    }

    /** The Solr field of one of our indexed fields: its name and a suffix naming its use (see the dynamic fields). */
    static String field(org.techmatch.store.IndexedFields.Use use, String name) {
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
