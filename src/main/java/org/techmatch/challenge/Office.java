package org.techmatch.challenge;

import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.Region;

/** The district office responsible for a challenge (南开区科学技术局 …) and its district. */
public record Office(String name, Region district) {
    public Office {
        name = Texts.clean(name);
    }
}
