package org.techmatch.duplicates;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryNames;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Suspected duplicate pairs as a small library of their own: stored, versioned, filtered by status and library. */
@Component
public final class DuplicateKind implements RecordKind<DuplicatePair> {
    public static final String TYPE = "duplicate";
    static final String RECORD_IDS = "recordIds";

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("status", List.of(), "status", true, v -> DuplicateStatus.of(v).label()),
            new KeywordFilter("library", List.of(), "library", true, DuplicateKind::libraryType),
            new KeywordFilter("recordId", List.of("record"), RECORD_IDS, false, String::strip),
            new KeywordFilter("importId", List.of("import"), "importId", false, String::strip)),
            null, List.of(DuplicateStatus.PENDING.label()));

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "疑似重复";
    }

    @Override
    public String idPrefix() {
        return "DUP-";
    }

    @Override
    public Class<DuplicatePair> recordClass() {
        return DuplicatePair.class;
    }

    @Override
    public void validate(DuplicatePair pair, Problems problems) {
        problems.text("recordId", pair.recordId(), 40, true);
        problems.text("otherId", pair.otherId(), 40, true);
        problems.text("library", pair.library(), 40, true);
    }

    @Override
    public DuplicatePair initial(DuplicatePair submitted, String id, Instant now) {
        DuplicateStatus status = submitted.status() == null ? DuplicateStatus.PENDING : submitted.status();
        return submitted.with(id, 1, status, submitted.keptId(), now, now);
    }

    @Override
    public DuplicatePair revised(DuplicatePair current, DuplicatePair submitted, Instant now) {
        return submitted.with(current.id(), current.version() + 1, submitted.status(), submitted.keptId(),
                current.createdAt(), now);
    }

    /** Dismissing a flag means both records stay. */
    @Override
    public DuplicatePair retired(DuplicatePair current, Instant now) {
        return current.with(current.id(), current.version() + 1, DuplicateStatus.KEPT, current.keptId(),
                current.createdAt(), now);
    }

    @Override
    public void index(DuplicatePair pair, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, pair.title());
        IndexFields.keyword(doc, "status", pair.status().label());
        IndexFields.keyword(doc, "library", pair.library());
        IndexFields.filterOnly(doc, RECORD_IDS, pair.recordId());
        IndexFields.filterOnly(doc, RECORD_IDS, pair.otherId());
        IndexFields.filterOnly(doc, "importId", pair.importId());
        IndexFields.instant(doc, IndexFields.CREATED, pair.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, pair.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public DuplicatePair redactFor(Viewer viewer, DuplicatePair record) {
        return record;
    }

    @Override
    public boolean listedByDefault(DuplicatePair record) {
        return record.status() == DuplicateStatus.PENDING;
    }

    /** Pairs are compared by nothing: their own text is two titles, and flags of flags make no sense. */
    @Override
    public String comparableText(DuplicatePair record) {
        return null;
    }

    /** achievements/成果/achievement → achievement, as the library parameter of other endpoints accepts. */
    public static String libraryType(String value) {
        return LibraryNames.typeOf(value);
    }
}
