package org.techmatch.catalog;

import java.util.List;

/** The team or inventors behind an achievement. */
public record Team(String name, List<String> members) {
    public Team {
        name = Texts.clean(name);
        members = Texts.cleanAll(members);
    }
}
