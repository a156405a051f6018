package org.techmatch.challenge;

import org.techmatch.catalog.Texts;

/** A named review criterion and its weight in percent; a challenge's weights sum to 100. */
public record Criterion(String name, Double weight) {
    public Criterion {
        name = Texts.clean(name);
    }
}
