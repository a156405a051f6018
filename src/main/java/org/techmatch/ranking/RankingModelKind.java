package org.techmatch.ranking;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Ranking models as a library of their own in the index: activations are revisions, so the audit log keeps them. */
@Component
public final class RankingModelKind extends SystemRecordKind<RankingModel> {
    public static final String TYPE = "rankingModel";
    static final String VERSION_FIELD = "modelVersion";
    static final String ACTIVE_FIELD = "modelActive";

    public RankingModelKind() {
        super(TYPE, "排序模型", "MDL-", RankingModel.class, RankingModel::identified);
    }

    @Override
    public void validate(RankingModel model, Problems problems) {
        problems.text("modelVersion", model.modelVersion(), 60, true);
        problems.required("withVectors", model.withVectors());
        problems.required("lexicalOnly", model.lexicalOnly());
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

    /** Weights are no secret, but only the people who run the service read their history (the audit log asks). */
    @Override
    public boolean readableBy(Viewer viewer, RankingModel record) {
        return viewer.role() == Role.MANAGER || viewer.role() == Role.OFFICIAL;
    }

    /** Activations are decisions someone took: the audit log keeps who activated which model. */
    @Override
    public boolean audited() {
        return true;
    }
}
