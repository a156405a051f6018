package org.techmatch.docking;

import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.Viewer;

/** The dockings the viewer's organisation is a party to (its workspace), as the viewer may see each. */
@Component
public class PartyDockings {
    private final LibraryService<Docking> dockings;

    PartyDockings(LibraryService<Docking> dockings) {
        this.dockings = dockings;
    }

    public List<Docking> of(Viewer viewer) {
        String key = Texts.organisationKey(viewer.organisation());
        if (!viewer.signedIn() || key == null) {
            return List.of();
        }
        return dockings.findBy(DockingAccess.READERS_FIELD, "party:" + key).stream()
                .filter(d -> dockings.mayRead(viewer, d)).map(d -> dockings.redactFor(viewer, d)).toList();
    }
}
