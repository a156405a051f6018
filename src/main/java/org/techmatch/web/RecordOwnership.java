package org.techmatch.web;

import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;

/**
 * Who may write a library record: an enterprise or university only in its own name and only its own records;
 * an official the records of their district (a city-level official, all); a manager may publish on behalf of a
 * client, but edits and withdraws only the records in its own organisation's name (the client edits its own).
 * Which roles reach the endpoints at all is in the security rules.
 */
final class RecordOwnership {
    private RecordOwnership() {
    }

    static <T extends CatalogRecord> void mayCreate(Viewer viewer, RecordKind<T> kind, T submitted) {
        inOwnName(viewer, kind, submitted);
        if (viewer.role() == Role.OFFICIAL && !viewer.answersFor(kind.districtOf(submitted))) {
            throw new ForbiddenException("区科技局管理员只能发布本区（" + viewer.district() + "）的" + kind.displayName()
                    + "，该记录所在地区为「" + kind.districtOf(submitted) + "」");
        }
    }

    /** current as stored; submitted the new content (null for a delete). */
    static <T extends CatalogRecord> void mayChange(Viewer viewer, RecordKind<T> kind, T current, T submitted) {
        String owner = kind.ownerOf(current);
        boolean own = owner != null && viewer.belongsTo(owner);
        if (!own && !viewer.answersFor(kind.districtOf(current))) {
            // the owner is not named: a confidential demand's enterprise must not leak through a refusal
            throw new ForbiddenException("只能修改本单位的" + kind.displayName() + "：「" + current.id() + "」不属于"
                    + (viewer.role() == Role.OFFICIAL ? "本区（" + viewer.district() + "）"
                    : "当前用户所在单位「" + viewer.organisation() + "」"));
        }
        if (submitted != null) {
            inOwnName(viewer, kind, submitted);
        }
    }

    private static <T extends CatalogRecord> void inOwnName(Viewer viewer, RecordKind<T> kind, T record) {
        if ((viewer.role() == Role.ENTERPRISE || viewer.role() == Role.UNIVERSITY)
                && !viewer.belongsTo(kind.ownerOf(record))) {
            throw new ForbiddenException("只能以本单位名义发布" + kind.displayName() + "：记录中的单位为「"
                    + kind.ownerOf(record) + "」，当前用户所在单位为「" + viewer.organisation() + "」");
        }
    }
}
