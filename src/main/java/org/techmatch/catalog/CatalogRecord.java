package org.techmatch.catalog;

import java.time.Instant;

/** What every library record has: identity, version, title, a status label and timestamps. */
public interface CatalogRecord {
    String id();

    long version();

    String title();

    Instant createdAt();

    Instant updatedAt();
}
