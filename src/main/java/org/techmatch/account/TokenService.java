package org.techmatch.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordNotFoundException;

/** Issues, resolves and revokes bearer tokens; the index keeps only their SHA-256. */
@Service
public class TokenService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LibraryService<ApiToken> tokens;
    private final AccountService accounts;
    private final String prefix;

    TokenService(LibraryService<ApiToken> tokens, AccountService accounts, SecurityProperties properties) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.prefix = properties.tokenPrefix();
    }

    /** A new token of a token and the only time its secret is seen. */
    public record Issued(String id, String name, String token, Instant createdAt) {
    }

    /** A token as listed: never the secret, nor its hash. */
    public record Listed(String id, String name, Instant createdAt, Instant revokedAt) {
        static Listed of(ApiToken t) {
            return new Listed(t.id(), t.name(), t.createdAt(), t.revokedAt());
        }
    }

    Issued issue(Account owner, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = tokens.create(new ApiToken(null, 0, owner.username(),
                name == null || name.isBlank() ? "API 令牌" : name, hash(token), null, null, null, stampOf(owner)));
        return new Issued(stored.id(), stored.name(), token, stored.createdAt());
    }

    /** The enabled account a token presented on a request belongs to, if the token is known and not revoked. */
    public Optional<Account> accountOf(String token) {
        if (token == null || !token.startsWith(prefix)) {
            return Optional.empty();
        }
        return tokens.findKey(ApiTokenKind.TOKEN_HASH, hash(token))
                .flatMap(key -> tokens.lookup(key.id()))
                .filter(ApiToken::active)
                .flatMap(t -> accounts.byUsername(t.username()).filter(owner -> t.issuedUnder(stampOf(owner))))
                .filter(Account::enabled);
    }

    List<Listed> of(Account owner) {
        return tokens.findBy(ApiTokenKind.USERNAME, owner.username()).stream()
                .sorted(Comparator.comparing(ApiToken::createdAt)).map(Listed::of).toList();
    }

    /** Revokes a token of the caller's own (an administrator may revoke anyone's). */
    Listed revoke(String id, SignedInUser caller) {
        ApiToken token = tokens.lookup(id).orElseThrow(() -> new RecordNotFoundException("访问令牌", id));
        if (!token.username().equals(caller.getUsername()) && !caller.admin()) {
            throw new ForbiddenException("只能撤销自己的访问令牌");
        }
        return Listed.of(token.active() ? tokens.retire(id, null) : token);
    }

    /**
     * After an account's password changed: the token the change was made with takes the new password's stamp (a
     * program changing its own password keeps working), every other active token is revoked so its listing says
     * so. The password write alone already ended them all (their stamps no longer match); a crash before this keeps
     * them ended, the kept one included. keep is the presented token, or null.
     */
    void revokeAllOf(Account changed, String keep) {
        String kept = keep == null ? null : hash(keep);
        for (ApiToken t : tokens.findBy(ApiTokenKind.USERNAME, changed.username())) {
            if (!t.active()) {
                continue;
            }
            if (t.tokenHash().equals(kept)) {
                tokens.update(t.id(), t.version(), t.stamped(stampOf(changed)));
            } else {
                tokens.retire(t.id(), null);
            }
        }
    }

    /** A digest of the account's password hash: it changes with every new password, and reveals nothing of it. */
    static String stampOf(Account account) {
        return account.passwordHash() == null ? "" : hash(account.passwordHash()).substring(0, 16);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
