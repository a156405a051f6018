package org.techmatch.account;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * A bearer token of an API integration. Only the SHA-256 of the token is stored: the token itself is shown
 * once, when it is created, and cannot be read back from the index or a backup.
 */
public record ApiToken(String id, long version, String username, String name, String tokenHash, Instant revokedAt,
                       Instant createdAt, Instant updatedAt) implements CatalogRecord {
    public ApiToken {
        name = Texts.clean(name);
    }

    @Override
    public String title() {
        return name;
    }

    boolean active() {
        return revokedAt == null;
    }

    ApiToken identified(String newId, long newVersion, Instant revoked, Instant created, Instant updated) {
        return new ApiToken(newId, newVersion, username, name, tokenHash, revoked, created, updated);
    }
}
