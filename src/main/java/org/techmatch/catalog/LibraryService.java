package org.techmatch.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.techmatch.search.IndexFields;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.ReadScope;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQuery;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoredRecord;

/**
 * One library (achievements, demands, …): create, read, update with optimistic concurrency, soft delete,
 * search. The same code serves every record kind; what differs lives in the {@link RecordKind}.
 */
public final class LibraryService<T extends CatalogRecord> {
    /** Ids tried for one new record before a collision with another service instance's ids is reported. */
    private static final int ID_ATTEMPTS = 3;

    private final RecordKind<T> kind;
    private final ReferenceRule<T> references;
    private final RecordStore store;
    private final RecordCodec codec;
    private final LibrarySearcher searcher;
    private final Clock clock;
    /** The last id number given out; read from the store on first use (a store down at start is no failure). */
    /** Guards the range of id numbers this service holds: [nextIdNumber, endIdNumber). */
    private final Object idNumbers = new Object();
    private long nextIdNumber;
    private long endIdNumber;
    private volatile WriteObserver observer = WriteObserver.NONE;
    private volatile WriteTimer timer = WriteTimer.NONE;

    public LibraryService(RecordKind<T> kind, RecordStore store, RecordCodec codec, LibrarySearcher searcher,
                          Clock clock) {
        this(kind, ReferenceRule.none(), store, codec, searcher, clock);
    }

    /** @param references rules on links to other libraries, checked with the kind's rules on every write */
    public LibraryService(RecordKind<T> kind, ReferenceRule<T> references, RecordStore store, RecordCodec codec,
                          LibrarySearcher searcher, Clock clock) {
        this.kind = kind;
        this.references = references;
        this.store = store;
        this.codec = codec;
        this.searcher = searcher;
        this.clock = clock;
    }

    public RecordKind<T> kind() {
        return kind;
    }

    /** Who hears of every write of this library (the audit trail); set once at start. */
    public void observeWith(WriteObserver writeObserver) {
        this.observer = writeObserver;
    }

    /** Who is told how long each write took (the write-latency metric); set once at start. */
    public void timeWritesWith(WriteTimer writeTimer) {
        this.timer = writeTimer;
    }

    /** Stores one record with its companions, timed. */
    private void store(String operation, T record, List<IndexedRecord> companions) {
        long started = System.nanoTime();
        store.writeWith(toIndexed(record), companions);
        timer.written(kind.type(), operation, 1, System.nanoTime() - started);
    }

    /**
     * A user's new record: refused unless the viewer may publish it (see {@link RecordAccess}); the server's
     * fields (id, version, timestamps, a status other than draft) are never taken from the body. Returns the
     * record as the viewer may see it, once durable.
     */
    public T create(T submitted, Viewer viewer) {
        T asSubmitted = RecordAccess.heldForReview(viewer, kind, null, kind.asSubmitted(submitted), false);
        RecordAccess.checkCreate(viewer, kind, asSubmitted);
        validateUserWrite(asSubmitted, null);
        return kind.redactFor(viewer, create(asSubmitted));
    }

    /**
     * The record as this viewer may see it; a record the viewer may not read is not there (404, the same answer
     * as for an id never used, so its existence does not leak either).
     */
    public T read(String id, Viewer viewer) {
        return kind.redactFor(viewer, readable(id, viewer));
    }

    /** The whole record, if this viewer may read it (for the services that build answers from it: matching). */
    public T readable(String id, Viewer viewer) {
        T record = find(id);
        if (!kind.readableBy(viewer, record)) {
            throw new RecordNotFoundException(kind.displayName(), id);
        }
        return record;
    }

    /** Whether this viewer may read a record of this library. */
    public boolean mayRead(Viewer viewer, T record) {
        return kind.readableBy(viewer, record);
    }

    /** A record as this viewer may see it (its kind's redaction); the caller has checked it may read it. */
    public T redactFor(Viewer viewer, T record) {
        return kind.redactFor(viewer, record);
    }

    /** A user's update: the viewer must own the record (or answer for its district) and keep it within reach. */
    public T update(String id, long expectedVersion, T submitted, Viewer viewer) {
        validate(submitted);
        return kind.redactFor(viewer, store.locked(id, () -> {
            T current = readable(id, viewer);
            RecordAccess.checkChange(viewer, kind, current, submitted);
            boolean changesContent = RecordAccess.entriesReviewed(viewer)
                    && changesPublishedContent(current, submitted);
            T held = RecordAccess.heldForReview(viewer, kind, current, submitted, changesContent);
            validateUserWrite(held, current);
            return revise(current, expectedVersion, held);
        }));
    }

    /**
     * Whether an edit changes what a reviewer approved of a published record and leaves it listed: its content
     * beside the status, the bookkeeping and what the kind lets an owner change unreviewed
     * ({@link RecordKind#editableWithoutReview}). An edit that hides the record (closes, withdraws) changes nothing
     * the public sees.
     */
    private boolean changesPublishedContent(T current, T submitted) {
        if (kind.reviewStage(current) != ReviewStage.NONE) {
            return false;
        }
        T next = kind.revised(current, submitted, current.updatedAt());
        if (!kind.listedByDefault(next)) {
            return false;
        }
        Set<String> ignored = new HashSet<>(kind.editableWithoutReview());
        ignored.addAll(List.of("id", "version", "status", "createdAt", "updatedAt"));
        return !Arrays.equals(codec.encodeWithout(current, ignored), codec.encodeWithout(next, ignored));
    }

    /**
     * A reviewer publishes a record waiting for review or returns it to its owner (see
     * {@link RecordAccess#checkReview}); decision builds the record of the decision (the reason), stored in the
     * same atomic block as the record's new version and its audit entry.
     */
    public T review(String id, long expectedVersion, boolean publish, Viewer viewer,
                    Function<T, List<IndexedRecord>> decision) {
        return kind.redactFor(viewer, store.locked(id, () -> {
            T current = readable(id, viewer);
            RecordAccess.checkReview(viewer, kind, current);
            if (current.version() != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion, current.version());
            }
            T next = kind.revised(current, kind.afterReview(current, publish), clock.instant());
            List<IndexedRecord> companions = new ArrayList<>(observer.written(kind, current, next));
            companions.addAll(decision.apply(next));
            store.writeWith(toIndexed(next), companions);
            return next;
        }));
    }

    /** Every stored record of this library at a review stage, whatever its district (the review queue filters). */
    public List<T> atReviewStage(ReviewStage stage) {
        return findBy(RecordKeys.REVIEW_STAGE, stage.name());
    }

    /** A user's withdrawal, under the same rule as an update. */
    public T retire(String id, Long expectedVersion, Viewer viewer) {
        return kind.redactFor(viewer, store.locked(id, () -> {
            T current = readable(id, viewer);
            RecordAccess.checkChange(viewer, kind, current, null);
            return withdraw(current, expectedVersion);
        }));
    }

    /** Validates and stores a new record; returns it once durable (system work: fixtures, imports, workflows). */
    public T create(T submitted) {
        validate(submitted);
        for (int attempt = 1; ; attempt++) {
            T record = kind.initial(submitted, nextId(), clock.instant());
            try {
                store("create", record, observer.written(kind, null, record));
                return record;
            } catch (StaleVersionException taken) {
                // the id is stored already (written by a writer that took no number from the store, e.g. an
                // older instance): leave the range held and take a new one
                if (attempt == ID_ATTEMPTS) {
                    throw taken;
                }
                synchronized (idNumbers) {
                    endIdNumber = nextIdNumber;
                }
            }
        }
    }

    /**
     * A new record given its id and timestamps but not stored: a companion written in the same atomic block as
     * another library's write (its audit entry). It is not validated: the caller builds it.
     */
    public T identify(T submitted) {
        return kind.initial(submitted, nextId(), clock.instant());
    }

    /**
     * Stores many new records with one commit (fixtures, imports); all are validated first, none stored if any
     * fails. The documents are added as atomic blocks, so a crash leaves each record wholly stored or absent.
     */
    public List<T> createAll(List<T> submitted) {
        return createAll(submitted, (record, doc) -> {
        });
    }

    /**
     * As {@link #createAll(List)}, letting the caller add fields to each record's indexed fields before it is
     * stored (the benchmark stores records with their vectors in one write).
     */
    public List<T> createAll(List<T> submitted, java.util.function.BiConsumer<T, IndexedFields> extraFields) {
        submitted.forEach(this::validate);
        Instant now = clock.instant();
        List<T> records = new ArrayList<>();
        List<IndexedRecord> docs = new ArrayList<>();
        List<String> ids = nextIds(submitted.size());
        for (int i = 0; i < submitted.size(); i++) {
            T record = kind.initial(submitted.get(i), ids.get(i), now);
            records.add(record);
            IndexedRecord doc = toIndexed(record);
            extraFields.accept(record, doc.fields());
            docs.add(doc);
        }
        docs.addAll(observer.writtenAll(kind, records));
        long started = System.nanoTime();
        store.addAll(docs);
        timer.written(kind.type(), "batch", records.size(), System.nanoTime() - started);
        return records;
    }

    /** Every rule the record breaks (its kind's and the links to other libraries), without throwing. */
    public List<FieldProblem> problems(T submitted) {
        Problems problems = new Problems();
        kind.validate(submitted, problems);
        references.check(submitted, problems);
        return problems.list();
    }

    /** A stored record found by one of its keys (see {@link RecordKeys}). */
    public record KeyMatch(String id, long version, String contentHash) {
    }

    /** The record of this library whose key field holds value (the first by id when several do). */
    public Optional<KeyMatch> findKey(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return store.firstByKeyword(kind.type(), field, value, RecordKeys.CONTENT_HASH)
                .map(hit -> new KeyMatch(hit.id(), hit.version(), hit.stored()));
    }

    /** The hash a record would be stored under, defaults applied: equal hashes mean equal content. */
    public String contentHash(T submitted) {
        return RecordKeys.contentHash(codec, kind.initial(submitted, null, Instant.EPOCH));
    }

    public T get(String id) {
        return find(id);
    }

    /**
     * Whether this library holds a record with this id, whatever its status. Records are only ever
     * soft-deleted, so a yes stays true: a link checked once cannot dangle later.
     */
    /** The record with this id if it exists and belongs to this library. */
    public java.util.Optional<T> lookup(String id) {
        return store.get(id).filter(stored -> kind.type().equals(stored.type())).map(this::decode);
    }

    public boolean exists(String id) {
        return store.get(id).filter(stored -> kind.type().equals(stored.type())).isPresent();
    }

    /** Replaces the content of a record if expectedVersion is still current; otherwise 409 and nothing changes. */
    public T update(String id, long expectedVersion, T submitted) {
        validate(submitted);
        return store.locked(id, () -> revise(find(id), expectedVersion, submitted));
    }

    /** Stores the next version of current, held under its lock, once validated (the caller validated it). */
    private T revise(T current, long expectedVersion, T submitted) {
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(current.id(), expectedVersion, current.version());
        }
        T next = kind.revised(current, submitted, clock.instant());
        store("update", next, observer.written(kind, current, next));
        return next;
    }

    /** Soft delete: the record moves to its retired status and stays for statistics. */
    public T retire(String id, Long expectedVersion) {
        return store.locked(id, () -> withdraw(find(id), expectedVersion));
    }

    /** Stores the retired form of current, held under its lock. */
    private T withdraw(T current, Long expectedVersion) {
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new StaleVersionException(current.id(), expectedVersion, current.version());
        }
        T next = kind.retired(current, clock.instant());
        store("retire", next, observer.written(kind, current, next));
        return next;
    }

    /**
     * A search as this viewer may see it: only records it may read are found, counted and faceted, and snippets
     * are cut from the redacted record.
     */
    public SearchPage<T> search(SearchQuery query, Viewer viewer, Map<String, Function<T, String>> snippets) {
        return searcher.search(kind.type(), kind.searchSchema(), query, scopeOf(viewer),
                stored -> kind.redactFor(viewer, decode(stored)), snippets);
    }

    /**
     * Visits every hit of a search (all pages), in its order, as this viewer may see each record; a null query is
     * the whole library, every status the viewer may read, in id order (exports).
     */
    public void forEachHit(SearchQuery query, Viewer viewer, java.util.function.Consumer<T> visitor) {
        if (query == null) {
            searcher.forEachRecord(kind.type(), kind.searchSchema(), scopeOf(viewer),
                    stored -> visitor.accept(kind.redactFor(viewer, decode(stored))));
            return;
        }
        searcher.forEachHit(kind.type(), kind.searchSchema(), query, scopeOf(viewer),
                stored -> visitor.accept(kind.redactFor(viewer, decode(stored))));
    }

    /** The unpublished records a viewer's searches may find (the same rule as {@link RecordAccess#mayRead}). */
    private static ReadScope scopeOf(Viewer viewer) {
        if (RecordAccess.seesEveryUnpublished(viewer)) {
            return ReadScope.ALL;
        }
        if (!viewer.signedIn()) {
            return ReadScope.PUBLISHED;
        }
        return new ReadScope(false, Texts.organisationKey(viewer.organisation()),
                viewer.role() == Role.OFFICIAL ? viewer.district() : null);
    }

    /** Visits every stored record of this library, decoded. */
    public void forEach(java.util.function.Consumer<T> visitor) {
        store.forEach(kind.type(), stored -> visitor.accept(decode(stored)));
    }

    /** Every stored record of this kind whose keyword field holds value, in id order (a challenge's applications). */
    public List<T> findBy(String field, String value) {
        List<T> found = new ArrayList<>();
        store.allByKeyword(kind.type(), field, value).forEach(stored -> found.add(decode(stored)));
        return found;
    }

    /** Every stored record of this kind, whatever its status (statistics, overdue lists). */
    public List<T> all() {
        List<T> records = new ArrayList<>();
        store.forEach(kind.type(), stored -> records.add(decode(stored)));
        return records;
    }

    public int count() {
        return store.count(kind.type());
    }

    public T decode(StoredRecord stored) {
        return codec.decode(stored.source(), kind.recordClass());
    }

    /** What the store keeps of a record: its JSON source, and the kind's indexed fields and the record keys. */
    public IndexedRecord toIndexed(T record) {
        IndexedFields fields = new IndexedFields();
        kind.index(record, fields);
        // encoded once: the stored source, and the content hash read from it
        byte[] source = codec.encode(record);
        RecordKeys.index(fields, kind, codec, record, source);
        IndexFields.completeText(fields);
        return new IndexedRecord(new StoredRecord(record.id(), kind.type(), record.version(), source), fields);
    }

    /** The text to embed for a stored record of this library, or null when the kind has no vectors. */
    public String semanticText(StoredRecord stored) {
        return kind.embedded() ? kind.semanticText(decode(stored)) : null;
    }

    private T find(String id) {
        return store.get(id).filter(stored -> kind.type().equals(stored.type())).map(this::decode)
                .orElseThrow(() -> new RecordNotFoundException(kind.displayName(), id));
    }

    private void validate(T submitted) {
        Problems problems = new Problems();
        kind.validate(submitted, problems);
        references.check(submitted, problems);
        problems.throwIfAny();
    }

    /** Every rule a user's write breaks, the kind's content rules and its user-only ones, in one answer. */
    private void validateUserWrite(T submitted, T current) {
        Problems problems = new Problems();
        kind.validate(submitted, problems);
        references.check(submitted, problems);
        kind.validateUserWrite(submitted, current, problems, TianjinTime.today(clock));
        problems.throwIfAny();
    }

    private String nextId() {
        synchronized (idNumbers) {
            if (nextIdNumber >= endIdNumber) {
                takeIdNumbers(1);
            }
            return idOf(nextIdNumber++);
        }
    }

    /** Ids for a batch: the rest of the range held, then one reservation for what it lacks. */
    private List<String> nextIds(int count) {
        synchronized (idNumbers) {
            List<String> ids = new ArrayList<>(count);
            while (ids.size() < count) {
                if (nextIdNumber >= endIdNumber) {
                    takeIdNumbers(count - ids.size());
                }
                ids.add(idOf(nextIdNumber++));
            }
            return ids;
        }
    }

    /** The prefix and the number padded to six digits ("ACH-000042"): String.format parsed its pattern every write. */
    private String idOf(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? kind.idPrefix() + digits
                : kind.idPrefix() + "000000".substring(digits.length()) + digits;
    }

    private void takeIdNumbers(int count) {
        RecordStore.IdRange range = store.reserveIds(kind.idPrefix(), count);
        nextIdNumber = range.first();
        endIdNumber = range.first() + range.count();
    }
}
