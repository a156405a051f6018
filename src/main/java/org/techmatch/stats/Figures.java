package org.techmatch.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The values the statistics endpoints return; amounts are in 万元, counts are records. */
public final class Figures {
    private Figures() {
    }

    /** The district totals (技术合同成交额 is contracts.valueWan). */
    /** matchesShown: matches the engine listed to users for demands of the district (every page, every time). */
    public record Overview(String district, LocalDate asOf, Library achievements, Library demands, long matchesShown,
                           long dockings,
                           Map<String, Long> dockingsByStage, Contracts contracts, Funnel funnel,
                           ChallengeProgress challenges) {
    }

    /** A library's size: all records, those live now (published achievements / open demands), chokepoints. */
    public record Library(long total, long live, Long chokepoint) {
    }

    public record Contracts(long count, double valueWan, Map<String, KindTotal> byKind) {
    }

    public record KindTotal(long count, double valueWan) {
    }

    /**
     * Demand → matched → 意向 → docked → contract, over the demands that left the draft stage. matched counts
     * demands with a good match from the engine, an expression of interest or a docking (a manager found one by
     * hand); interested those with an interest (not withdrawn, as target or offer) or a docking; so each step is a
     * subset of the one before; matched is null when no engine runs.
     */
    public record Funnel(long demands, Long matched, long interested, long docked, long contracted, String note) {
    }

    /** One line of a breakdown: a district, field, chain or month, and what was counted under it. */
    public record Row(String key, long achievements, long demands, long matchesShown, long dockings, long contracts,
                      double contractValueWan) {
    }

    public record Breakdown(String dimension, String district, List<Row> rows) {
    }

    /**
     * 揭榜挂帅 progress. published counts challenges past the draft; awarded those that reached 已立项 and beyond;
     * milestones count only awarded projects: on time (passed by the due date), late (passed after it), overdue
     * (running, not passed, past due).
     */
    public record ChallengeProgress(long total, Map<String, Long> byStatus, long published, long awarded,
                                    long milestones, long milestonesPassed, long milestonesOnTime,
                                    long milestonesLate, long milestonesOverdue, double supportWan,
                                    double supportReleasedWan) {
    }
}
