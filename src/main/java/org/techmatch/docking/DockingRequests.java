package org.techmatch.docking;

import java.time.LocalDate;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Team;
import org.techmatch.catalog.Texts;

/** The bodies of the docking endpoints. */
final class DockingRequests {
    private DockingRequests() {
    }

    /**
     * A new docking between a stored demand and an achievement (supply side = its owner), an expert or team of
     * the expert library (supply side = its organisation, team = the expert), or a team named by hand.
     *
     * @param date the day of the introduction (default today); note what was introduced and how
     */
    record Create(String demandId, String achievementId, String expertId, Organisation supplySide, Team team,
                  Manager manager, DockingSource source, Double matchScore, LocalDate date, String note,
                  NextAction nextAction) {
        Create {
            demandId = Texts.clean(demandId);
            achievementId = Texts.clean(achievementId);
            expertId = Texts.clean(expertId);
            note = Texts.clean(note);
        }
    }

    /**
     * One step: the stage reached (the same stage for a follow-up), its date and note; a contract to sign, a
     * reason to abandon; the next action planned.
     */
    record Step(Long version, DockingStage stage, LocalDate date, String note, Contract contract, String reason,
                NextAction nextAction) {
        Step {
            note = Texts.clean(note);
            reason = Texts.clean(reason);
        }
    }
}
