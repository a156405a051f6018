package org.techmatch.catalog;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.techmatch.store.IndexedFields;
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
    /** A record waiting for review or returned by it (see {@link ReviewStage}), for the review queue. */
    public static final String REVIEW_STAGE = "_reviewStage";
    /** LSH band keys of the record's comparable text (see {@link Shingles}). */
    public static final String DUPLICATE_BAND = "dupBand";
    /**
     * The text's hash and MinHash signature as doc values (see {@link #signature}): candidates are compared by
     * these, without reading and decoding their stored source.
     */
    public static final String DUPLICATE_SIGNATURE = "dupSignature";

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
        return contentHash(codec, codec.encode(record));
    }

    /** The content hash of a record from its encoded JSON ({@link RecordCodec#encode}), without encoding it again. */
    public static String contentHash(RecordCodec codec, byte[] json) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        // the digest reads what RecordCodec.encodeWithout would give, as it is written: no copy of it is kept
        codec.writeWithout(json, NOT_CONTENT, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** Indexes the record's keys; json is the record as {@link RecordCodec#encode} gives it (its stored source). */
    static <T extends CatalogRecord> void index(IndexedFields doc, RecordKind<T> kind, RecordCodec codec, T record,
                                                byte[] json) {
        String origin = originKey(record.origin());
        if (origin != null) {
            doc.exact(ORIGIN_KEY, origin);
        }
        if (kind.keyedByContent()) {
            doc.exactStored(CONTENT_HASH, contentHash(codec, json));
        }
        String ownerKey = Texts.organisationKey(kind.ownerOf(record));
        if (ownerKey != null) {
            doc.exact(org.techmatch.search.IndexFields.OWNER_KEY, ownerKey);
        }
        if (kind.districtOf(record) != null) {
            doc.exact(org.techmatch.search.IndexFields.DISTRICT, kind.districtOf(record));
        }
        ReviewStage stage = kind.reviewStage(record);
        if (stage == ReviewStage.PENDING || stage == ReviewStage.RETURNED) {
            doc.exact(REVIEW_STAGE, stage.name());
        }
        String normalised = Shingles.normalise(kind.comparableText(record));
        long[] minHashes = Shingles.minHashes(Shingles.bigramsOfNormalised(normalised));
        for (String band : Shingles.bandKeys(minHashes)) {
            doc.exact(DUPLICATE_BAND, band);
        }
        if (minHashes.length > 0) {
            doc.bytes(DUPLICATE_SIGNATURE, signature(Shingles.textHash(normalised), minHashes));
        }
    }

    /**
     * The text hash (8 bytes), then each MinHash value cut to its low 32 bits: 264 bytes a record. Read back where
     * duplicates are looked for ({@link org.techmatch.search.SimilarRecords}).
     */
    public static byte[] signature(long textHash, long[] minHashes) {
        ByteBuffer bytes = ByteBuffer.allocate(8 + 4 * minHashes.length);
        bytes.putLong(textHash);
        for (long value : minHashes) {
            bytes.putInt((int) value);
        }
        return bytes.array();
    }

    /** MinHash values cut to 32 bits, as signatures store them. */
    public static long[] cut(long[] minHashes) {
        long[] values = new long[minHashes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) minHashes[i];
        }
        return values;
    }
}
