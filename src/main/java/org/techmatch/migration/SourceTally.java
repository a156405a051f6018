package org.techmatch.migration;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StoredRecord;

/**
 * What a store holds, in a form two backends can compare: the records per type and, per type, a checksum of every
 * record's id, version and JSON source. The checksum is the sum of per-record SHA-256 digests modulo 2^256, so it
 * does not depend on the order a backend lists its records in (the index by segment, SolrCloud by shard), and any
 * changed byte, version or id changes it.
 *
 * @param counts    records per type
 * @param checksums per type, the checksum as 32 hex digits (its low 128 bits)
 */
public record SourceTally(SortedMap<String, Long> counts, SortedMap<String, String> checksums) {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    public SourceTally {
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        checksums = Collections.unmodifiableSortedMap(new TreeMap<>(checksums));
    }

    /** Reads every record of the store once. */
    public static SourceTally of(RecordStore store) {
        Builder builder = new Builder();
        store.forEach(null, builder::add);
        return builder.build();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Adds records one by one (while copying them, say) and gives the tally of all added. */
    static final class Builder {
        private final SortedMap<String, Long> counts = new TreeMap<>();
        private final SortedMap<String, BigInteger> sums = new TreeMap<>();
        private final MessageDigest sha256;

        Builder() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        void add(StoredRecord record) {
            // Separators no id, type or number contains, so ("A1", version 23) and ("A12", version 3) differ.
            sha256.update((record.id() + '\u0000' + record.type() + '\u0000' + record.version() + '\u0000')
                    .getBytes(StandardCharsets.UTF_8));
            BigInteger digest = new BigInteger(1, sha256.digest(record.source()));
            counts.merge(record.type(), 1L, Long::sum);
            sums.merge(record.type(), digest, (a, b) -> a.add(b).mod(MODULUS));
        }

        SourceTally build() {
            SortedMap<String, String> checksums = new TreeMap<>();
            sums.forEach((type, sum) -> checksums.put(type,
                    String.format("%032x", sum.mod(BigInteger.ONE.shiftLeft(128)))));
            return new SourceTally(counts, checksums);
        }
    }
}
