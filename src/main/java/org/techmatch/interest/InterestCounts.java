package org.techmatch.interest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Interests and their answers counted for the statistics, by the Chinese labels a report shows.
 *
 * @param total      interests expressed (withdrawn ones included: they were expressed)
 * @param byStatus   待答复 / 已接受 / 已婉拒 / 已撤回
 * @param byReason   the coded reasons of the declined ones
 * @param byTarget   what the interest was about: demand, achievement, expert
 * @param toDocking  accepted interests that became (or joined) a docking
 */
public record InterestCounts(long total, Map<String, Long> byStatus, Map<String, Long> byReason,
                             Map<String, Long> byTarget, long toDocking) {
    static InterestCounts of(Iterable<Interest> interests) {
        long total = 0;
        long toDocking = 0;
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (InterestStatus status : InterestStatus.values()) {
            byStatus.put(status.label(), 0L);
        }
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (DeclineReason reason : DeclineReason.values()) {
            byReason.put(reason.label(), 0L);
        }
        Map<String, Long> byTarget = new LinkedHashMap<>();
        for (Interest i : interests) {
            total++;
            byStatus.merge(i.status().label(), 1L, Long::sum);
            byTarget.merge(i.targetType(), 1L, Long::sum);
            if (i.status() == InterestStatus.DECLINED && i.declineReason() != null) {
                byReason.merge(i.declineReason().label(), 1L, Long::sum);
            }
            if (i.dockingId() != null) {
                toDocking++;
            }
        }
        return new InterestCounts(total, byStatus, byReason, byTarget, toDocking);
    }
}
