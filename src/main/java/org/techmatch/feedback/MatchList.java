package org.techmatch.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

/** The match lists a mark can be made on: what the query record is and what its candidates are. */
public enum MatchList {
    /** Achievements for a demand: GET /api/demands/{id}/matches. */
    ACHIEVEMENTS_FOR_DEMAND("achievements"),
    /** Experts and teams for a demand: GET /api/demands/{id}/experts. */
    EXPERTS_FOR_DEMAND("experts"),
    /** Demands for an achievement: GET /api/achievements/{id}/matches. */
    DEMANDS_FOR_ACHIEVEMENT("demands");

    private final String code;

    MatchList(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean queryIsDemand() {
        return this != DEMANDS_FOR_ACHIEVEMENT;
    }
}
