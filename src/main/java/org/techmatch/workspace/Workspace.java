package org.techmatch.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.techmatch.demand.DemandRenewal;

/**
 * 我的: an enterprise's or university's own records, each with its status and what happened to it, in the words
 * the page shows (待审核, returned with the reason, good matches, in docking, contract signed, expiring soon).
 */
public record Workspace(String organisation, List<Entry> demands, List<Entry> achievements,
                       List<ApplicationEntry> applications, List<DockingLink> dockings,
                       List<DemandRenewal.Reminder> reminders) {

    /**
     * One demand or achievement.
     *
     * @param goodMatches the good matches it has now (published records only; null otherwise)
     * @param returnedReason the reviewer's reason while it is 已退回
     * @param events what happened, newest state first: the lines the page lists under the title
     */
    public record Entry(String id, long version, String title, String status, LocalDate validUntil,
                        Instant updatedAt, Integer goodMatches, String returnedReason, List<DockingLink> dockings,
                        boolean renewable, List<String> events) {
    }

    /** A 揭榜 application of the organisation. */
    public record ApplicationEntry(String id, String challengeId, String title, String status, Instant updatedAt) {
    }

    /** A docking the organisation is a party to; contractSignedOn is set once the contract is signed. */
    public record DockingLink(String id, String title, String stage, String demandId, String achievementId,
                              LocalDate contractSignedOn) {
    }
}
