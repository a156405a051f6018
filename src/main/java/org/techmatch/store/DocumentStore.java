package org.techmatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded Lucene index: the system of record. Every document keeps its JSON source as a stored
 * field; the indexed fields are derived from it and can be rebuilt ({@link #rewriteAll}).
 * Writes are acknowledged once their write-ahead log entry is fsynced and applied ({@link IndexWrites}); Lucene
 * commits in the background and a start replays the log after the last commit. Updates of one id are serialised
 * by striped locks ({@link IdLocks}: callers hold one across a read, a version check and the write), which also
 * keeps the log's order of two writes to one id the order they are applied in.
 */
public final class DocumentStore implements RecordStore {
    /** Threads that analyse one batch of new documents together: the cores, at most four. */
    static final int INDEX_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Smaller batches are not worth a second thread. */
    private static final int MIN_SLICE = 32;
    /** Memory for cached filters: a filter over a million documents is a bit set of 122 KiB. */
    private static final long FILTER_CACHE_BYTES = 32L << 20;
    /** Segments smaller than this are filtered faster than a cached bit set is built. */
    private static final int FILTER_CACHE_MIN_DOCS = 10_000;

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexWrites writes;
    /** Keeps a commit's files on disk while a backup copies them, however many commits follow meanwhile. */
    private final SnapshotDeletionPolicy snapshots =
            new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    private final IdLocks locks = new IdLocks();
    /** The last id number given out per prefix: this process is the index's only writer. */
    private final ConcurrentHashMap<String, AtomicLong> lastIdNumbers = new ConcurrentHashMap<>();
    /** Why searches of this index are refused (it is not the system of record), or null. */
    private volatile String searchRefusal;
    private final java.util.concurrent.ExecutorService indexers = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, INDEX_THREADS - 1), Thread.ofPlatform().name("techmatch-indexer-", 0).daemon().factory());

    private static final String MAPPING_KEY = "techmatch.mapping";

    /** The write-ahead log's directory inside the index directory (Lucene leaves names it does not own alone). */
    public static final String LOG_DIRECTORY = "wal";

    private DocumentStore(Path path, Analyzer analyzer, int ramBufferMb, IndexWrites.Timing timing)
            throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(true)
                // a refresh flushes a small segment several times a second under writes: packing each into a
                // compound file copied it once more, and merges soon rewrite it anyway
                .setUseCompoundFile(false)
                .setIndexDeletionPolicy(snapshots);
        this.writer = new IndexWriter(directory, config);
        java.util.Map<String, String> data = new java.util.HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        long committed = Long.parseLong(data.getOrDefault(IndexWrites.LOG_KEY, "0"));
        WriteAheadLog wal = WriteAheadLog.open(path.resolve(LOG_DIRECTORY), committed);
        int replayed = LogReplay.replay(writer, wal, committed);
        this.searchers = new SearcherManager(writer, true, false, new CachingSearchers());
        this.writes = new IndexWrites(writer, searchers, wal, data, timing);
        if (replayed > 0) {
            writes.commit(); // the next start need not replay these again
        }
        if (writer.getDocStats().numDocs == 0 && mappingVersion() == 0) {
            markMapped(); // a new index is written with the current layout from its first record on
        }
    }

    /** The field layout the index was last (re)built with; 0 for an index from before layouts were recorded. */
    public int mappingVersion() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (var entry : data) {
                if (MAPPING_KEY.equals(entry.getKey())) {
                    return Integer.parseInt(entry.getValue());
                }
            }
        }
        return 0;
    }

    /** Whether the index holds records indexed with an older field layout than this code writes. */
    public boolean needsReindex() {
        return mappingVersion() < MAPPING_VERSION;
    }

    /** Records (durably) that every document now has the current field layout: after a reindex. */
    public void markMapped() {
        writes.putCommitData(MAPPING_KEY, String.valueOf(MAPPING_VERSION));
        try {
            writes.commit();
        } catch (IOException e) {
            throw new StoreUnavailableException("无法记录索引的字段版本", e);
        }
    }

    /** Opens (or creates) the index at path; a crashed index opens at its last commit. */
    public static DocumentStore open(Path path, Analyzer analyzer) {
        return open(path, analyzer, 64);
    }

    /** As {@link #open(Path, Analyzer)}, with the memory for documents not flushed yet, in MiB. */
    public static DocumentStore open(Path path, Analyzer analyzer, int ramBufferMb) {
        return open(path, analyzer, ramBufferMb, IndexWrites.Timing.DEFAULT);
    }

    /** As {@link #open(Path, Analyzer, int)}, with the searchers' refresh and the background commit's timing. */
    public static DocumentStore open(Path path, Analyzer analyzer, int ramBufferMb, long refreshMillis,
                                     long commitMillis, long commitLogMb) {
        return open(path, analyzer, ramBufferMb, refreshMillis, commitMillis, commitLogMb, true);
    }

    /**
     * As above; realtimeSearch false lets a search run on the current searcher unless a write of the caller's own
     * (its signed-in writer's, see {@link #identifyWritersBy}, or the system's on its thread) is not in it: others'
     * writes show within refreshMillis. Lookups by id and by keyword, counts and listings stay realtime either way.
     */
    public static DocumentStore open(Path path, Analyzer analyzer, int ramBufferMb, long refreshMillis,
                                     long commitMillis, long commitLogMb, boolean realtimeSearch) {
        return open(path, analyzer, ramBufferMb, new IndexWrites.Timing(refreshMillis, commitMillis,
                commitLogMb << 20, realtimeSearch));
    }

    private static DocumentStore open(Path path, Analyzer analyzer, int ramBufferMb, IndexWrites.Timing timing) {
        try {
            return new DocumentStore(path, analyzer, ramBufferMb, timing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + path.toAbsolutePath(), e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toAbsolutePath().toString();
    }

    /** Writes (adds or replaces by id) one record and returns once it is durable and visible to reads. */
    public void write(IndexedRecord record) {
        Document doc = LuceneDocuments.of(record);
        writes.write(LogEntries.Shape.EACH, List.of(record),
                () -> writer.updateDocument(new Term(FieldNames.ID, record.id()), doc));
    }

    /**
     * Writes (adds or replaces by id) one document together with new companion documents (its audit entry) as
     * one atomic block: a crash keeps both or neither. Returns once they are durable and searchable.
     */
    public void writeWith(IndexedRecord record, List<IndexedRecord> companions) {
        if (companions.isEmpty()) {
            write(record);
            return;
        }
        List<IndexedRecord> all = new ArrayList<>(companions.size() + 1);
        all.add(record);
        all.addAll(companions);
        List<Document> block = LuceneDocuments.of(all);
        writes.write(LogEntries.Shape.BLOCK, all,
                () -> writer.updateDocuments(new Term(FieldNames.ID, record.id()), block));
    }

    /** Writes (adds or replaces by id) many records and returns once all are durable: one commit for the batch. */
    public void writeAll(List<IndexedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Document> docs = LuceneDocuments.of(records);
        writes.write(LogEntries.Shape.EACH, records, () -> {
            for (Document doc : docs) {
                writer.updateDocument(new Term(FieldNames.ID, doc.get(FieldNames.ID)), doc);
            }
        });
    }

    /**
     * Adds new documents (ids not yet in the index) and returns once all are durable: one commit for the batch.
     * The batch is indexed in up to {@link #INDEX_THREADS} slices at once (analysis is most of an import's
     * time), each slice added as an atomic block, so a concurrent commit or a crash never splits a document.
     */
    public void addAll(List<IndexedRecord> records) {
        List<Document> docs = LuceneDocuments.of(records);
        if (docs.isEmpty()) {
            return;
        }
        writes.write(LogEntries.Shape.EACH, records, () -> addInSlices(docs));
    }

    private void addInSlices(List<Document> docs) throws IOException {
        int slices = Math.max(1, Math.min(INDEX_THREADS, docs.size() / MIN_SLICE));
        int sliceSize = (docs.size() + slices - 1) / slices;
        List<java.util.concurrent.Future<Long>> others = new ArrayList<>();
        for (int from = sliceSize; from < docs.size(); from += sliceSize) {
            List<Document> slice = docs.subList(from, Math.min(docs.size(), from + sliceSize));
            others.add(indexers.submit(() -> writer.addDocuments(slice)));
        }
        try {
            writer.addDocuments(docs.subList(0, Math.min(docs.size(), sliceSize)));
            for (var other : others) {
                other.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new StoreUnavailableException("索引写入失败", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("索引写入被中断", e);
        }
    }

    /**
     * Commits (so the commit holds every write acknowledged before the call: the write-ahead log is not part of a
     * backup), pins that commit and gives its files to action (a backup copying them). Writers go on meanwhile:
     * later commits cannot delete a pinned commit's files. The pin is released afterwards and files no commit
     * needs any more are removed.
     */
    public <T> T withSnapshot(SnapshotAction<T> action) {
        IndexCommit commit;
        try {
            writes.commit();
            commit = snapshots.snapshot();
        } catch (IOException e) {
            throw new StoreUnavailableException("无法固定索引快照", e);
        }
        try {
            return action.apply(commit, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                snapshots.release(commit);
                writer.deleteUnusedFiles();
            } catch (IOException e) {
                // the pin is gone either way; unused files are deleted by the next commit
            }
        }
    }

    @FunctionalInterface
    public interface SnapshotAction<T> {
        /** commit's files ({@link IndexCommit#getFileNames()}) are in directory and stay there until this returns. */
        T apply(IndexCommit commit, Path directory) throws IOException;
    }

    @Override
    public <T> T locked(String id, Supplier<T> action) {
        return locks.locked(id, action);
    }

    @Override
    public <T> T lockedAll(java.util.Collection<String> ids, Supplier<T> action) {
        return locks.lockedAll(ids, action);
    }

    /** The latest acknowledged form of the record with this id: a write not yet refreshed is read from memory. */
    public Optional<StoredRecord> get(String id) {
        if (id == null) {
            return Optional.empty(); // no record has no id; a Term of null would fail deep inside Lucene
        }
        Optional<StoredRecord> unrefreshed = writes.pending(id);
        if (unrefreshed.isPresent()) {
            return unrefreshed;
        }
        return searchCurrent(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(new Term(FieldNames.ID, id)), 1);
            if (hits.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(read(searcher.storedFields(), hits.scoreDocs[0].doc));
        });
    }

    /**
     * The first record (by id) of this type whose keyword field holds value, with the value of storedField (a field
     * indexed as {@link IndexedFields#exactStored}).
     */
    public Optional<KeywordHit> firstByKeyword(String type, String field, String value, String storedField) {
        Query query = keywordQuery(type, field, value);
        // a key's uniqueness (a username, an import's upsert) needs every write of the type, whatever realtime says
        writes.ensureFresh(List.of(type));
        return searchCurrent(searcher -> {
            TopDocs hits = searcher.search(query, 1, new Sort(new SortField(FieldNames.ID, SortField.Type.STRING)));
            if (hits.scoreDocs.length == 0) {
                return Optional.<KeywordHit>empty();
            }
            Document doc = searcher.storedFields().document(hits.scoreDocs[0].doc);
            return Optional.of(new KeywordHit(doc.get(FieldNames.ID),
                    doc.getField(FieldNames.VERSION).numericValue().longValue(), doc.get(storedField)));
        });
    }

    /** Every record of this type whose keyword field holds value, in id order. */
    public List<StoredRecord> allByKeyword(String type, String field, String value) {
        Query query = keywordQuery(type, field, value);
        // a key's uniqueness (a username, an import's upsert) needs every write of the type, whatever realtime says
        writes.ensureFresh(List.of(type));
        return searchCurrent(searcher -> {
            List<StoredRecord> found = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query)),
                    new Sort(new SortField(FieldNames.ID, SortField.Type.STRING))).scoreDocs) {
                found.add(read(fields, hit.doc));
            }
            return found;
        });
    }

    /** How many records of these types have no value in field (records still waiting for their vector). */
    public long countLacking(List<String> types, String field) {
        Query query = lackingQuery(types, field);
        return freshOf(types, searcher -> (long) searcher.count(query));
    }

    /**
     * Up to limit records of these types with no value in field, in index order. It refreshes first when a write of
     * these types is not shown yet — under a stream of writes, before nearly every batch of the embedding job. That
     * holds the job back in favour of the writes: a version on the current searcher was measured, and gave the job
     * more of the cores and the load test's creates and updates a p99 over 300 ms (README, Load test).
     */
    public List<StoredRecord> lacking(List<String> types, String field, int limit) {
        Query query = lackingQuery(types, field);
        return freshOf(types, searcher -> {
            List<StoredRecord> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                found.add(read(searcher.storedFields(), hit.doc));
            }
            return found;
        });
    }

    private static Query lackingQuery(List<String> types, String field) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(FieldNames.TYPE, types.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(field), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private static Query keywordQuery(String type, String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FieldNames.TYPE, type)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER).build();
    }

    public static StoredRecord read(StoredFields fields, int docId) throws IOException {
        Document doc = fields.document(docId);
        BytesRef source = doc.getBinaryValue(FieldNames.SOURCE);
        return new StoredRecord(doc.get(FieldNames.ID), doc.get(FieldNames.TYPE),
                doc.getField(FieldNames.VERSION).numericValue().longValue(),
                java.util.Arrays.copyOfRange(source.bytes, source.offset, source.offset + source.length));
    }

    /**
     * A search of the search package (full text, facets, matching's candidates, audit pages) over every type: it
     * shows the caller's own acknowledged writes, and others' within the refresh interval unless realtime search
     * is on (then every write acknowledged before it). See {@link #search(java.util.Collection, SearchFunction)}.
     */
    public <T> T search(SearchFunction<T> query) {
        checkSearchable();
        writes.ensureSearchable(null);
        return searchCurrent(query);
    }

    /** Runs a read against the latest acknowledged state: every write acknowledged before the call is visible. */
    private <T> T fresh(SearchFunction<T> query) {
        writes.ensureFresh();
        return searchCurrent(query);
    }

    /**
     * From now on, {@link #search} (the search package's direct reads: full text, matching's candidates, audit pages,
     * near-duplicates) fails with this reason, a 503: on the solrcloud backend the records are not in this index,
     * and a search of it would answer "nothing found" for records that exist.
     */
    public void refuseSearches(String reason) {
        this.searchRefusal = reason;
    }

    private void checkSearchable() {
        String refusal = searchRefusal;
        if (refusal != null) {
            throw new StoreUnavailableException(refusal, null);
        }
    }

    /**
     * A search of the search package that finds records of these types only. It shows every acknowledged write of
     * the caller's own — its signed-in writer's from any thread (see {@link #identifyWritersBy}), or, for the system,
     * its thread's —
     * and other writers' within the refresh interval (refresh-ms): it waits for a refresh only for its own writes,
     * so a stream of other people's writes does not make every search wait. With realtime search on it shows every
     * write of its types acknowledged before it. Not for what decides correctness: lookups by id or key and counts
     * are strong ({@link #get}, {@link #firstByKeyword}, {@link #count}, {@link #searchRealtime}).
     */
    public <T> T search(java.util.Collection<String> types, SearchFunction<T> query) {
        checkSearchable();
        writes.ensureSearchable(types);
        return searchCurrent(query);
    }

    /**
     * As {@link #search(java.util.Collection, SearchFunction)}, but it shows every acknowledged write of these types
     * whoever wrote it (refreshing first when needed): a check against other writers' records (near-duplicates).
     */
    public <T> T searchRealtime(java.util.Collection<String> types, SearchFunction<T> query) {
        checkSearchable();
        return freshOf(types, query);
    }

    /**
     * Names the writer of the calling thread — the signed-in account of the request being served, or null — so
     * that its searches show its own writes from any thread (its next request), not only from the thread that
     * wrote.
     */
    public void identifyWritersBy(java.util.function.Supplier<String> writer) {
        writes.identifyWritersBy(writer);
    }

    private <T> T freshOf(java.util.Collection<String> types, SearchFunction<T> query) {
        writes.ensureFresh(types);
        return searchCurrent(query);
    }

    /**
     * As {@link #search(SearchFunction)} for a read of the record with this id only: it waits for a refresh only
     * when a write of that id is not in the current searcher yet.
     */
    public <T> T searchById(String id, SearchFunction<T> query) {
        checkSearchable();
        if (writes.pending(id).isPresent()) {
            writes.ensureFresh();
        }
        return searchCurrent(query);
    }

    /** Runs a read against the current searcher, however old (get() has consulted the unrefreshed writes). */
    private <T> T searchCurrent(SearchFunction<T> query) {
        IndexSearcher searcher = acquire();
        try {
            return query.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The version of the current reader: changes with every refresh showing new writes (a cache key part). */
    public long generation() {
        return fresh(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    /**
     * The version of the reader searches see now, without refreshing for writes it does not show yet: for watching
     * the index (how long its searchers have shown the same state), which must not itself make the writer flush a
     * segment each time it looks — a sampler reading {@link #generation} every second doubled the refreshes.
     */
    public long visibleGeneration() {
        return searchCurrent(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    /**
     * The version of the reader a search of these types runs on (a cache key part for results that read only them:
     * it changes with every refresh, and a search that refreshes for the caller's own write gets a new one).
     */
    public long generation(java.util.Collection<String> types) {
        return search(types, searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    public int count(String type) {
        return freshOf(List.of(type), searcher -> searcher.count(new TermQuery(new Term(FieldNames.TYPE, type))));
    }

    /** Live records per type, every type in the index (what an operator compares with the writes acknowledged). */
    public java.util.SortedMap<String, Integer> countsByType() {
        return fresh(searcher -> {
            java.util.SortedSet<String> types = new java.util.TreeSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(FieldNames.TYPE);
                if (terms != null) {
                    TermsEnum it = terms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        types.add(term.utf8ToString());
                    }
                }
            }
            java.util.SortedMap<String, Integer> counts = new java.util.TreeMap<>();
            for (String type : types) {
                counts.put(type, searcher.count(new TermQuery(new Term(FieldNames.TYPE, type))));
            }
            return counts;
        });
    }

    /** How many refreshes have shown new writes since the store opened. */
    public long refreshCount() {
        return writes.refreshes();
    }

    /** Bytes in the write-ahead log (writes since the last commits that a start would replay, and a little more). */
    public long logBytes() {
        return writes.logBytes();
    }

    /** Milliseconds since Lucene last committed. */
    public long commitAgeMillis() {
        return writes.commitAgeMillis();
    }

    /** Exactly count numbers after the last given out (at first, after the highest stored id of the prefix). */
    @Override
    public IdRange reserveIds(String prefix, int count) {
        AtomicLong last = lastIdNumbers.computeIfAbsent(prefix, p -> new AtomicLong(maxIdNumber(p)));
        return new IdRange(last.getAndAdd(count) + 1, count);
    }

    /** Highest numeric suffix among ids starting with prefix (ACH-000123 → 123), 0 when none. */
    public long maxIdNumber(String prefix) {
        return fresh(searcher -> {
            long max = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(FieldNames.ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                BytesRef start = new BytesRef(prefix);
                if (it.seekCeil(start) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef term = it.term(); term != null; term = it.next()) {
                    String id = term.utf8ToString();
                    if (!id.startsWith(prefix)) {
                        break;
                    }
                    try {
                        max = Math.max(max, Long.parseLong(id.substring(prefix.length())));
                    } catch (NumberFormatException ignored) {
                        // an imported id with our prefix but no number does not take part in numbering
                    }
                }
            }
            return max;
        });
    }

    /** Visits every live record's stored form (all types, or one type when type is not null). */
    public void forEach(String type, Consumer<StoredRecord> visitor) {
        visitLive(type, false, record -> visitor.accept(record.stored()));
    }

    @Override
    public void forEachWithVectors(String type, Consumer<VectoredRecord> visitor) {
        visitLive(type, true, visitor);
    }

    /**
     * Every live record of the type (or all); its vectors read only when asked, so a plain scan does not pay. A
     * scan of one type waits only for writes of that type and reads only that type's documents (its postings).
     */
    private void visitLive(String type, boolean withVectors, Consumer<VectoredRecord> visitor) {
        SearchFunction<Void> scan = searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                DocumentVectors vectors = withVectors ? new DocumentVectors(leaf.reader()) : null;
                DocIdSetIterator docs = type == null ? DocIdSetIterator.all(leaf.reader().maxDoc())
                        : leaf.reader().postings(new Term(FieldNames.TYPE, type), PostingsEnum.NONE);
                if (docs == null) {
                    continue; // no document of the type in this segment
                }
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    visitor.accept(new VectoredRecord(read(fields, doc),
                            vectors == null ? java.util.Map.of() : vectors.of(doc)));
                }
            }
            return null;
        };
        if (type == null) {
            fresh(scan);
        } else {
            freshOf(List.of(type), scan);
        }
    }

    /**
     * Rebuilds every document from its stored source with the given mapping (the reindex command), keeping its
     * vectors. Runs over a snapshot of the current reader; writes go through the normal durable path in batches.
     */
    public int rewriteAll(Function<StoredRecord, IndexedRecord> mapping) {
        List<IndexedRecord> batch = new ArrayList<>();
        int[] count = {0};
        forEachWithVectors(null, record -> {
            batch.add(record.remapped(stored -> mapping.apply(stored).fields()));
            count[0]++;
            if (batch.size() >= 1000) {
                writeAll(List.copyOf(batch));
                batch.clear();
            }
        });
        writeAll(batch);
        return count[0];
    }

    /** Merges the index into one segment without deleted documents, commits it and shows it to the searchers. */
    @Override
    public void settle() {
        try {
            writer.forceMerge(1);
            writes.commit();
            writes.refreshNow();
        } catch (IOException e) {
            throw new StoreUnavailableException("索引合并失败", e);
        }
    }

    /** Waits until the background merges in progress are done: a benchmark measures a settled index. */
    public void awaitMerges() {
        try {
            writer.maybeMerge();
        } catch (IOException e) {
            throw new StoreUnavailableException("索引合并失败", e);
        }
        if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler merges) {
            merges.sync();
        }
    }

    /** Segments in the current searcher (search cost grows with them). */
    public int segmentCount() {
        return fresh(searcher -> searcher.getIndexReader().leaves().size());
    }

    public long sizeOnDisk() {
        try (var files = Files.list(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searchers sharing one filter cache, which outlives every reader (entries are kept per segment). Every match
     * and search intersects its text with the same few filters (a library's type and valid statuses); Lucene's
     * default cache declines to cache a filter that is much larger than the text's own matches, so each query
     * would evaluate the filter over a million documents again. Here a filter used often is cached whatever its
     * size: a bit set per segment, built once and reused until the segment is merged away.
     */
    private static final class CachingSearchers extends SearcherFactory {
        private final LRUQueryCache filters = new LRUQueryCache(1_000, FILTER_CACHE_BYTES,
                leaf -> leaf.reader().maxDoc() >= FILTER_CACHE_MIN_DOCS, Float.POSITIVE_INFINITY);

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(filters);
            return searcher;
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        indexers.shutdownNow();
        try {
            writes.close();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
