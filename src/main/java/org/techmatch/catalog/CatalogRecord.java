package org.techmatch.catalog;

import java.time.Instant;

/** What every library record has: identity, version, title, a status label and timestamps. */
public interface CatalogRecord {
    String id();

    long version();

    String title();

    Instant createdAt();

    Instant updatedAt();

    /** Where the record came from when it was imported; records with an {@code origin} component answer it. */
    default Origin origin() {
        return null;
    }
}
