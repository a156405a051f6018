package org.techmatch.store;

/** Names of the system fields every document carries. */
public final class FieldNames {
    public static final String ID = "_id";
    public static final String TYPE = "_type";
    public static final String VERSION = "_version";
    public static final String SOURCE = "_source";

    private FieldNames() {
    }
}
