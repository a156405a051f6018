package org.techmatch.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The storage seam: what every service needs of the system of record, in terms of our record types only (no
 * engine's types), so the same services run on the embedded Lucene index ({@link DocumentStore}, the default) or
 * on a SolrCloud collection ({@code store.solr}). A write returns once it is durable as the backend promises and
 * visible to every later read by id; reads see every write acknowledged before they began.
 *
 * <p>Searches (package {@code search}) read the backend through their own seam (LibrarySearcher, NewestFirst,
 * SimilarRecords); matching's candidates still read the embedded index directly.
 */
public interface RecordStore extends AutoCloseable {
    /**
     * The layout of the indexed fields this code writes. Raise it whenever a kind's indexed fields change (2: the
     * read-access fields of the one-door issue — owner key, district, docking readers): a store written with an
     * older layout is rebuilt from its stored sources when the service starts ({@link #needsReindex}).
     */
    int MAPPING_VERSION = 2;

    /** A record found by a keyword: its id, version and the value of one stored keyword field. */
    record KeywordHit(String id, long version, String stored) {
    }

    /** Writes (adds or replaces by id) one record and returns once it is durable and visible to reads. */
    void write(IndexedRecord record);

    /**
     * Writes one record together with new companion records (its audit entry) so that a crash keeps both or
     * neither, and returns once they are durable.
     */
    void writeWith(IndexedRecord record, List<IndexedRecord> companions);

    /** Writes (adds or replaces by id) many records and returns once all are durable. */
    void writeAll(List<IndexedRecord> records);

    /** Adds new records (ids not yet stored) and returns once all are durable: the bulk path of imports. */
    void addAll(List<IndexedRecord> records);

    /** Runs action while holding the lock of this id, so a read-check-write on one record is atomic. */
    <T> T locked(String id, Supplier<T> action);

    /** Runs action while holding the locks of all these ids (a batch's read-check-write). */
    <T> T lockedAll(Collection<String> ids, Supplier<T> action);

    /** The latest acknowledged form of the record with this id. */
    Optional<StoredRecord> get(String id);

    /**
     * The first record (by id) of this type whose keyword field holds value, with the value of storedField (a field
     * indexed as {@link IndexedFields#exactStored}).
     */
    Optional<KeywordHit> firstByKeyword(String type, String field, String value, String storedField);

    /** Every record of this type whose keyword field holds value, in id order. */
    List<StoredRecord> allByKeyword(String type, String field, String value);

    /** How many records of these types have no value in field (records still waiting for their vector). */
    long countLacking(List<String> types, String field);

    /** Up to limit records of these types with no value in field. */
    List<StoredRecord> lacking(List<String> types, String field, int limit);

    /** Live records of this type. */
    int count(String type);

    /** Live records per type, every type stored (what an operator compares with the writes acknowledged). */
    SortedMap<String, Integer> countsByType();

    /** Highest numeric suffix among ids starting with prefix (ACH-000123 → 123), 0 when none. */
    long maxIdNumber(String prefix);

    /** Id numbers first, first + 1, … first + count − 1 of one prefix, reserved for one writer. */
    record IdRange(long first, int count) {
    }

    /**
     * Reserves at least count consecutive id numbers under prefix, above the highest stored, that no other writer
     * of this store is ever given: on a collection several service instances share, each takes numbers from a
     * counter kept in the store; the embedded index has one writing process (its directory lock) and counts in
     * memory from the highest stored id.
     */
    IdRange reserveIds(String prefix, int count);

    /** Visits every live record's stored form (all types, or one type when type is not null). */
    void forEach(String type, Consumer<StoredRecord> visitor);

    /** A stored record with the vectors its document holds, by field name (empty while it waits for them). */
    record VectoredRecord(StoredRecord stored, java.util.Map<String, float[]> vectors) {
        /** The record's indexed fields as mapping builds them, with its vectors added back. */
        public IndexedRecord remapped(Function<StoredRecord, IndexedFields> mapping) {
            IndexedFields fields = mapping.apply(stored);
            vectors.forEach((name, vector) -> {
                if (!fields.has(name)) {
                    fields.vector(name, vector);
                }
            });
            return new IndexedRecord(stored, fields);
        }
    }

    /**
     * As {@link #forEach}, with each record's vectors: what a reindex or a migration copies, so that no record has
     * to be embedded again when its source did not change.
     */
    void forEachWithVectors(String type, Consumer<VectoredRecord> visitor);

    /**
     * Rebuilds every record's indexed fields from its stored source with the given mapping (reindex), keeping the
     * vectors each document holds (the mapping builds none: the embedding job adds them).
     */
    int rewriteAll(Function<StoredRecord, IndexedRecord> mapping);

    /** A number that changes whenever reads may show new writes (a cache key part). */
    long generation();

    /** The field layout the store was last (re)built with; 0 for a store from before layouts were recorded. */
    int mappingVersion();

    /** Whether the store holds records indexed with an older field layout than this code writes. */
    boolean needsReindex();

    /** Records durably that every record now has the current field layout: after a reindex. */
    void markMapped();

    /** Where the records live, for messages: the index directory, or the ZooKeeper host and collection. */
    String location();

    /** Bytes the records take on disk (on every node, for a cluster), for benchmarks. */
    long sizeOnDisk();

    /** Bytes of acknowledged writes a restart would replay from a local log; 0 when the backend keeps none. */
    long logBytes();

    /** Milliseconds since the last durable commit of acknowledged writes; 0 when the backend commits each write. */
    long commitAgeMillis();

    /**
     * Brings the records into one settled layout once a bulk load is done, so term statistics no longer count
     * replaced copies that background merges happened not to reach yet: an evaluation must score the same on every
     * build of the same data. A backend whose statistics do not depend on merge timing does nothing.
     */
    default void settle() {
    }

    @Override
    void close();
}
