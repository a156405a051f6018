package org.techmatch.feedback;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/**
 * Marks on matches as a library of their own in the index, so they are durable, backed up and audited like every
 * record. Who may see the marks of a match list is decided by {@link FeedbackService} (it needs the query record).
 */
@Component
public final class FeedbackKind extends SystemRecordKind<MatchFeedback> {
    public static final String TYPE = "matchFeedback";
    static final int NOTE_CHARS = 200;
    static final String KEY_FIELD = "feedbackKey";
    static final String QUERY_FIELD = "feedbackQuery";

    public FeedbackKind() {
        super(TYPE, "匹配标记", "FBK-", MatchFeedback.class, MatchFeedback::identified);
    }

    @Override
    public void validate(MatchFeedback mark, Problems problems) {
        problems.required("list", mark.list());
        problems.text("queryId", mark.queryId(), 40, true);
        problems.text("candidateId", mark.candidateId(), 40, true);
        problems.required("verdict", mark.verdict());
        if (mark.verdict() == Verdict.IRRELEVANT && mark.reason() == null) {
            problems.add("reason", null, "标记为不相关时须选择原因（" + String.join("、",
                    java.util.Arrays.stream(FeedbackReason.values()).map(FeedbackReason::label).toList()) + "）");
        }
        problems.text("note", mark.note(), NOTE_CHARS, mark.reason() == FeedbackReason.OTHER);
        problems.text("username", mark.username(), 100, true);
    }

    @Override
    public MatchFeedback retired(MatchFeedback current, Instant now) {
        return nextVersion(current, current.withdrawnMark(), now);
    }

    @Override
    public void index(MatchFeedback mark, IndexedFields doc) {
        IndexFields.filterOnly(doc, KEY_FIELD, mark.key());
        IndexFields.filterOnly(doc, QUERY_FIELD, mark.list().code() + "|" + mark.queryId());
        IndexFields.instant(doc, IndexFields.CREATED, mark.createdAt());
    }

    /** For the audit log: the one who marked, managers and officials. */
    @Override
    public boolean readableBy(Viewer viewer, MatchFeedback record) {
        return viewer.role() == Role.MANAGER || viewer.role() == Role.OFFICIAL
                || (viewer.username() != null && viewer.username().equals(record.username()));
    }

    @Override
    public boolean listedByDefault(MatchFeedback record) {
        return !record.withdrawn();
    }

    /** A mark is a manager's judgement: the audit log keeps who marked what. */
    @Override
    public boolean audited() {
        return true;
    }
}
