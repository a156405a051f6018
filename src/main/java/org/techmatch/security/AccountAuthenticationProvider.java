package org.techmatch.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.techmatch.account.Account;
import org.techmatch.account.AccountService;
import org.techmatch.account.SecurityProperties;
import org.techmatch.account.SignedInUser;

/**
 * Checks a username and password (form sign-in and HTTP Basic) against the account's bcrypt hash. API clients
 * send Basic credentials on every request, and a bcrypt check costs ~0.1 s of a core, so a successful check is
 * remembered for a short time, keyed by a keyed hash (HMAC with a per-process random key) of the password and by
 * the stored hash: a changed password or account invalidates it, and the memory holds nothing reusable.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {
    private static final String BAD_CREDENTIALS = "用户名或密码错误";
    /** Compared against when the user does not exist, so that both answers take as long. */
    private final String dummyHash;
    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final Cache<String, Boolean> verified;
    private final SecretKeySpec cacheKey;

    AccountAuthenticationProvider(AccountService accounts, PasswordEncoder passwords, SecurityProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("timing-equaliser");
        this.verified = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(properties.basicCacheSeconds())).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Account account = accounts.byUsername(username).orElse(null);
        if (account == null) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        String key = account.passwordHash() + "\u0000" + hmac(password);
        if (verified.getIfPresent(key) == null) {
            if (!passwords.matches(password, account.passwordHash())) {
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
            verified.put(key, Boolean.TRUE);
        }
        if (!account.enabled()) {
            throw new DisabledException("账号已停用");
        }
        SignedInUser user = new SignedInUser(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String hmac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
