package org.techmatch.stats;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;

/**
 * How many matches were shown in one month for demands of one district, technology field and industry chain.
 * Dimensions are kept as their labels (未填写 when the demand did not give one), as the statistics print them.
 */
public record ShownTally(String id, long version, String month, String district, String techField, String chain,
                         long count, Instant createdAt, Instant updatedAt) implements CatalogRecord {

    /** What a tally counts under: one per month × district × field × chain. */
    public record Key(String month, String district, String techField, String chain) {
        String asTerm() {
            return month + "|" + district + "|" + techField + "|" + chain;
        }
    }

    public Key key() {
        return new Key(month, district, techField, chain);
    }

    @Override
    public String title() {
        return month + " " + district + " " + techField + " " + chain;
    }

    ShownTally with(String newId, long newVersion, long newCount, Instant created, Instant updated) {
        return new ShownTally(newId, newVersion, month, district, techField, chain, newCount, created, updated);
    }
}
