package org.techmatch.docking;

import java.time.LocalDate;
import org.techmatch.catalog.Texts;

/** What the manager means to do next on a docking, and by when. */
public record NextAction(String what, LocalDate dueDate) {
    public NextAction {
        what = Texts.clean(what);
    }
}
