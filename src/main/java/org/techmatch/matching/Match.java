package org.techmatch.matching;

/**
 * One candidate and why it matched. score is the 匹配度 shown to users: the engine's score (a calibrated chance),
 * held under {@link Explainer#SHOWN_SCORE_CAP}, and under {@link Explainer#RESERVED_SCORE_CAP} when the explanation
 * carries a warning (reserved, shown as 有保留);
 * rankScore is the engine's score itself, which orders the list and decides good (≥ the threshold); level is the
 * 匹配度 in words ({@link ScoreLevel}: 高/中/低), never 高 beside a warning.
 */
public record Match(String id, String type, String title, double score, boolean good, Explanation explanation,
                    double rankScore, boolean reserved, String level) {

    /** A match shown as the engine scored it, without reservations. */
    public Match(String id, String type, String title, double score, boolean good, Explanation explanation) {
        this(id, type, title, score, good, explanation, score, false, ScoreLevel.of(score, good).label());
    }
}
