package org.techmatch.docking;

import org.techmatch.catalog.Texts;

/**
 * The technology manager (技术经理人) in charge of a docking. Until sign-in exists a manager is known by name
 * and organisation; "my dockings" are those of the caller's organisation, optionally narrowed by name.
 */
public record Manager(String name, String organisation) {
    public Manager {
        name = Texts.clean(name);
        organisation = Texts.clean(organisation);
    }
}
