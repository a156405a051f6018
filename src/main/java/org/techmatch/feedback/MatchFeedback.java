package org.techmatch.feedback;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Role;

/**
 * One viewer's current mark on one match (query record → candidate in a match list). A new mark by the same
 * account revises this record; withdrawing it keeps the record (withdrawn) so the audit log and the statistics
 * stay true.
 *
 * @param username     the account that marked (one current mark per account, query and candidate)
 * @param role         its role when it marked (shown as 经理人 / 科技局 / 需求方 …)
 * @param organisation its organisation
 */
public record MatchFeedback(String id, long version, MatchList list, String queryId, String candidateId,
                            Verdict verdict, FeedbackReason reason, String note, String username, Role role,
                            String organisation, boolean withdrawn, Instant createdAt, Instant updatedAt)
        implements CatalogRecord {

    @Override
    public String title() {
        return queryId + " → " + candidateId + "：" + (verdict == null ? "" : verdict.label())
                + (reason == null ? "" : "（" + reason.label() + "）");
    }

    /** The key of "one current mark per account, list, query and candidate". */
    String key() {
        return key(username, list, queryId, candidateId);
    }

    static String key(String username, MatchList list, String queryId, String candidateId) {
        return username + "|" + list.code() + "|" + queryId + "|" + candidateId;
    }

    MatchFeedback identified(String newId, long newVersion, Instant created, Instant now) {
        return new MatchFeedback(newId, newVersion, list, queryId, candidateId, verdict, reason, note, username, role,
                organisation, withdrawn, created, now);
    }

    MatchFeedback remarked(Verdict newVerdict, FeedbackReason newReason, String newNote, Role newRole,
                           String newOrganisation) {
        return new MatchFeedback(id, version, list, queryId, candidateId, newVerdict, newReason, newNote, username,
                newRole, newOrganisation, false, createdAt, updatedAt);
    }

    MatchFeedback withdrawnMark() {
        return new MatchFeedback(id, version, list, queryId, candidateId, verdict, reason, note, username, role,
                organisation, true, createdAt, updatedAt);
    }
}
