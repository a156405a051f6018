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
                name == null || name.isBlank() ? "API 令牌" : name, hash(token), null, null, null));
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
                .flatMap(t -> accounts.byUsername(t.username()))
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
     * Revokes every active token of an account whose password changed, but the one the change was made with (a
     * program changing its own password keeps working); keep is the presented token, or null.
     */
    void revokeAllOf(String username, String keep) {
        String kept = keep == null ? null : hash(keep);
        tokens.findBy(ApiTokenKind.USERNAME, username).stream()
                .filter(t -> t.active() && !t.tokenHash().equals(kept))
                .forEach(t -> tokens.retire(t.id(), null));
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
