package org.techmatch.docking;

import java.time.Instant;
import java.time.LocalDate;
import org.techmatch.catalog.Texts;

/** One dated step of a docking: the stage it reached (or a follow-up within it), a short note, who recorded it. */
public record DockingStep(DockingStage stage, LocalDate date, String note, String recordedBy, Instant recordedAt) {
    public DockingStep {
        note = Texts.clean(note);
        recordedBy = Texts.clean(recordedBy);
    }
}
