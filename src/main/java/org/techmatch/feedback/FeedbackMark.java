package org.techmatch.feedback;

import java.time.Instant;

/**
 * A mark as shown on a match: who marked (their role as the page says it, and organisation; never the account),
 * the verdict and reason, and the sentence the card shows (经理人标记为不相关：成熟度不足).
 *
 * @param id   the mark's record id (its entries in the audit log carry it)
 * @param mine whether the viewer made it (only that one can be changed or withdrawn by them)
 */
public record FeedbackMark(String id, String candidateId, String verdict, String reason, String note, String by,
                           String organisation, boolean mine, Instant at, String text) {

    static FeedbackMark of(MatchFeedback mark, boolean mine) {
        String by = switch (mark.role()) {
            case MANAGER -> "经理人";
            case OFFICIAL -> "科技局";
            case null -> "用户";
            default -> mark.list().queryIsDemand() ? "需求方" : "成果方";
        };
        String text = by + "标记为" + mark.verdict().label()
                + (mark.reason() == null ? "" : "：" + mark.reason().label())
                + (mark.note() == null ? "" : "（" + mark.note() + "）");
        return new FeedbackMark(mark.id(), mark.candidateId(), mark.verdict().label(),
                mark.reason() == null ? null : mark.reason().label(), mark.note(), by, mark.organisation(), mine,
                mark.updatedAt(), text);
    }
}
