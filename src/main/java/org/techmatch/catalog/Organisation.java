package org.techmatch.catalog;

import org.techmatch.vocabulary.OrgKind;

/** An owner organisation (university, institute, firm) or a demand's enterprise. */
public record Organisation(String name, OrgKind kind) {
    public Organisation {
        name = Texts.clean(name);
    }
}
