package org.techmatch.account;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * A bearer token of an API integration. Only the SHA-256 of the token is stored: the token itself is shown
 * once, when it is created, and cannot be read back from the index or a backup.
 *
 * @param passwordStamp a digest of the owner's password hash when the token was issued (or kept through a change):
 *                      a token is honoured only while it equals the account's, so a new password ends the token
 *                      with the same write, even when the revocations that follow it are never written; null for
 *                      tokens issued before stamps, which only a revocation ends
 */
public record ApiToken(String id, long version, String username, String name, String tokenHash, Instant revokedAt,
                       Instant createdAt, Instant updatedAt, String passwordStamp) implements CatalogRecord {
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
        return new ApiToken(newId, newVersion, username, name, tokenHash, revoked, created, updated, passwordStamp);
    }

    ApiToken stamped(String stamp) {
        return new ApiToken(id, version, username, name, tokenHash, revokedAt, createdAt, updatedAt, stamp);
    }

    /** Whether the token was issued under the password the account has now (tokens from before stamps are). */
    boolean issuedUnder(String currentStamp) {
        return passwordStamp == null || passwordStamp.equals(currentStamp);
    }
}
