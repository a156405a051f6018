package org.techmatch.ranking;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Ranking models as a library of their own in the index: activations are revisions, so the audit log keeps them. */
@Component
public final class RankingModelKind implements RecordKind<RankingModel> {
    public static final String TYPE = "rankingModel";
    static final String VERSION_FIELD = "modelVersion";
    static final String ACTIVE_FIELD = "modelActive";
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "排序模型";
    }

    @Override
    public String idPrefix() {
        return "MDL-";
    }

    @Override
    public Class<RankingModel> recordClass() {
        return RankingModel.class;
    }

    @Override
    public void validate(RankingModel model, Problems problems) {
        problems.text("modelVersion", model.modelVersion(), 60, true);
        problems.required("withVectors", model.withVectors());
        problems.required("lexicalOnly", model.lexicalOnly());
    }

    @Override
    public RankingModel initial(RankingModel submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public RankingModel revised(RankingModel current, RankingModel submitted, Instant now) {
        return submitted.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    /** A model is never deleted: a later one may need to go back to it. */
    @Override
    public RankingModel retired(RankingModel current, Instant now) {
        throw new UnsupportedOperationException("ranking models are kept to be restored");
    }

    @Override
    public void index(RankingModel model, IndexedFields doc) {
        IndexFields.filterOnly(doc, VERSION_FIELD, model.modelVersion());
        IndexFields.filterOnly(doc, ACTIVE_FIELD, Boolean.toString(model.active()));
        IndexFields.instant(doc, IndexFields.CREATED, model.createdAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public RankingModel redactFor(Viewer viewer, RankingModel record) {
        return record;
    }

    /** Weights are no secret, but only the people who run the service read their history (the audit log asks). */
    @Override
    public boolean readableBy(Viewer viewer, RankingModel record) {
        return viewer.role() == Role.MANAGER || viewer.role() == Role.OFFICIAL;
    }

    @Override
    public boolean listedByDefault(RankingModel record) {
        return true;
    }

    @Override
    public String comparableText(RankingModel record) {
        return null;
    }
}
