package org.techmatch.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.techmatch.text.Shingles;

/**
 * The keys every stored record is indexed under so that imports are idempotent and duplicates are found:
 * its origin (source system and id there), a hash of its content, and the MinHash band keys of its text.
 * Derived from the record alone, so a reindex rebuilds them.
 */
public final class RecordKeys {
    /** Source system and external id, joined: the natural key of an imported record. */
    public static final String ORIGIN_KEY = "originKey";
    /** SHA-256 of the record's content without id, version, status, timestamps and origin (stored too). */
    public static final String CONTENT_HASH = "contentHash";
    /** LSH band keys of the record's comparable text (see {@link Shingles}). */
    public static final String DUPLICATE_BAND = "dupBand";

    /** What does not make two records' content differ: identity, bookkeeping, lifecycle and provenance. */
    private static final List<String> NOT_CONTENT = List.of("id", "version", "status", "createdAt", "updatedAt",
            "origin");

    private RecordKeys() {
    }

    /** "techmarket\u0001A00012"; null unless the origin names both the source and the id there. */
    public static String originKey(Origin origin) {
        if (origin == null || origin.source() == null || origin.externalId() == null) {
            return null;
        }
        return origin.source() + "\u0001" + origin.externalId();
    }

    public static String contentHash(RecordCodec codec, Object record) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codec.encodeWithout(record, NOT_CONTENT));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static <T extends CatalogRecord> void index(Document doc, RecordKind<T> kind, RecordCodec codec, T record) {
        String origin = originKey(record.origin());
        if (origin != null) {
            doc.add(new StringField(ORIGIN_KEY, origin, Field.Store.NO));
        }
        doc.add(new StringField(CONTENT_HASH, contentHash(codec, record), Field.Store.YES));
        for (String band : Shingles.bandKeys(kind.comparableText(record))) {
            doc.add(new StringField(DUPLICATE_BAND, band, Field.Store.NO));
        }
    }
}
