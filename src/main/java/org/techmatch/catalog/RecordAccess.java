package org.techmatch.catalog;

/**
 * Who may read and write a library record, decided here and nowhere else; {@link LibraryService} applies it to
 * every channel (get, search, match, export, audit …). The README's access table is this class.
 * <ul>
 * <li>Read: a published record (its kind's {@link RecordKind#listedByDefault}) is public; an unpublished one
 * (draft, closed, expired, solved, withdrawn, transferred) only to its owner organisation, technology managers
 * and the officials of its district. What a reader sees of it is the kind's {@link RecordKind#redactFor}.</li>
 * <li>Write: an enterprise or university only in its own name and only its own records; an official the records
 * of their district (a city-level official, all), and never moves one out of it; a manager may publish on behalf
 * of a client, but edits and withdraws only records in its own organisation's name (the client edits its
 * own).</li>
 * </ul>
 */
public final class RecordAccess {
    private RecordAccess() {
    }

    public static <T extends CatalogRecord> boolean mayRead(Viewer viewer, RecordKind<T> kind, T record) {
        return kind.listedByDefault(record) || maySeeUnpublished(viewer, kind, record);
    }

    /** Owner organisation, managers, officials of the record's district. */
    public static <T extends CatalogRecord> boolean maySeeUnpublished(Viewer viewer, RecordKind<T> kind, T record) {
        return viewer.role() == Role.MANAGER || viewer.answersFor(kind.districtOf(record))
                || (viewer.signedIn() && viewer.belongsTo(kind.ownerOf(record)));
    }

    /**
     * Whether the viewer may read unpublished records without restriction (a search for withdrawn records then
     * needs no owner or district filter): managers and city-level officials.
     */
    public static boolean seesEveryUnpublished(Viewer viewer) {
        return viewer.role() == Role.MANAGER || (viewer.role() == Role.OFFICIAL && viewer.district() == null);
    }

    public static <T extends CatalogRecord> void checkCreate(Viewer viewer, RecordKind<T> kind, T submitted) {
        inOwnName(viewer, kind, submitted);
        inReach(viewer, kind, submitted);
    }

    /** Whether the viewer may change or withdraw this stored record at all: its owner, or an official of its district. */
    public static <T extends CatalogRecord> boolean mayChange(Viewer viewer, RecordKind<T> kind, T current) {
        String owner = kind.ownerOf(current);
        boolean own = owner != null && viewer.signedIn() && viewer.belongsTo(owner);
        return own || viewer.answersFor(kind.districtOf(current));
    }

    /** current as stored; submitted the new content (null for a delete). */
    public static <T extends CatalogRecord> void checkChange(Viewer viewer, RecordKind<T> kind, T current,
                                                             T submitted) {
        if (!mayChange(viewer, kind, current)) {
            // the owner is not named: a confidential demand's enterprise must not leak through a refusal
            throw new ForbiddenException("只能修改本单位的" + kind.displayName() + "：「" + current.id() + "」不属于"
                    + (viewer.role() == Role.OFFICIAL ? "本区（" + viewer.district() + "）" : "当前用户所在单位"));
        }
        if (submitted != null) {
            inOwnName(viewer, kind, submitted);
            inReach(viewer, kind, submitted);
        }
    }

    /**
     * Editorial review: an enterprise or university that registered itself has its new records (and its edits of
     * records not yet published, or of the content of published ones) wait for a reviewer; every other account
     * publishes at once.
     */
    public static boolean entriesReviewed(Viewer viewer) {
        return viewer.moderated() && (viewer.role() == Role.ENTERPRISE || viewer.role() == Role.UNIVERSITY);
    }

    /** Who reviews a record: a technology manager, or an official of the record's district. */
    public static <T extends CatalogRecord> boolean mayReview(Viewer viewer, RecordKind<T> kind, T record) {
        return viewer.role() == Role.MANAGER || viewer.answersFor(kind.districtOf(record));
    }

    /**
     * The record as stored for this writer: a reviewed owner's new record, its edit of a record never published
     * (a draft, one waiting or returned), or its edit that changes what a reviewer approved of a published record,
     * waits for review; nobody sets 待审核 or 已退回 by hand. A published record edited so goes back to 待审核 and is
     * hidden until a reviewer publishes it again (the approved version is not kept aside: one stored version per
     * record keeps every reader, search, match and statistic as it is).
     *
     * @param current        the stored record an edit replaces, or null on a create
     * @param changesContent whether the edit changes the reviewed content of a published record and leaves it
     *                       listed ({@link LibraryService#update})
     */
    public static <T extends CatalogRecord> T heldForReview(Viewer viewer, RecordKind<T> kind, T current,
                                                            T submitted, boolean changesContent) {
        ReviewStage wanted = kind.reviewStage(submitted);
        ReviewStage now = current == null ? ReviewStage.NONE : kind.reviewStage(current);
        if ((wanted == ReviewStage.PENDING || wanted == ReviewStage.RETURNED) && wanted != now) {
            throw ValidationException.of("status", null, "「待审核」「已退回」由审核决定，不能直接设置："
                    + "保存后由技术经理人或本区科技局管理员审核");
        }
        if (entriesReviewed(viewer) && (current == null || now.unpublished() || changesContent)) {
            return kind.heldForReview(submitted);
        }
        return submitted;
    }

    /** A reviewer's decision on a record: refused unless the viewer reviews it and it is waiting for review. */
    public static <T extends CatalogRecord> void checkReview(Viewer viewer, RecordKind<T> kind, T record) {
        if (!mayReview(viewer, kind, record)) {
            throw new ForbiddenException("只有技术经理人或本区科技局管理员可以审核" + kind.displayName() + "：「"
                    + record.id() + "」不在本区（" + viewer.district() + "）");
        }
        if (kind.reviewStage(record) != ReviewStage.PENDING) {
            throw new StateConflictException(kind.displayName() + "「" + record.id() + "」不在待审核状态，无需审核");
        }
    }

    private static <T extends CatalogRecord> void inOwnName(Viewer viewer, RecordKind<T> kind, T record) {
        if ((viewer.role() == Role.ENTERPRISE || viewer.role() == Role.UNIVERSITY)
                && !viewer.belongsTo(kind.ownerOf(record))) {
            throw new ForbiddenException("只能以本单位名义发布" + kind.displayName() + "：记录中的单位为「"
                    + kind.ownerOf(record) + "」，当前用户所在单位为「" + viewer.organisation() + "」");
        }
    }

    /** An official publishes and keeps records within their district: a record is never moved out of it. */
    private static <T extends CatalogRecord> void inReach(Viewer viewer, RecordKind<T> kind, T record) {
        if (viewer.role() == Role.OFFICIAL && !viewer.answersFor(kind.districtOf(record))) {
            throw new ForbiddenException("区科技局管理员只能管理本区（" + viewer.district() + "）的" + kind.displayName()
                    + "，该记录所在地区为「" + kind.districtOf(record) + "」");
        }
    }
}
