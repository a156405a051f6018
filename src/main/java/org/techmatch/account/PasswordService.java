package org.techmatch.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;

/**
 * Password changes: everyone changes its own (with the current one); an official resets those of its district's
 * accounts (not of officials or administrators), the administrator anyone's. Written through the account library,
 * so the audit trail notes the change (never the hash). A new password ends what the old one opened: the account's
 * bearer tokens are revoked and its browser sessions end ({@code SessionAccountRefresh} compares the hash a session
 * signed in with), but for the session or token a self-change is made with.
 */
@Service
class PasswordService {
    private final AccountService accounts;
    private final LibraryService<Account> library;
    private final PasswordEncoder passwords;
    private final TokenService tokens;

    PasswordService(AccountService accounts, LibraryService<Account> library, PasswordEncoder passwords,
                    TokenService tokens) {
        this.accounts = accounts;
        this.library = library;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /**
     * Changes the caller's own password; returns the account as changed.
     *
     * @param presentedToken the bearer token the request came with (it stays valid), or null
     */
    Account change(SignedInUser user, RegistrationRequests.PasswordChange body, String presentedToken) {
        Account current = accounts.byUsername(user.getUsername())
                .orElseThrow(() -> new RecordNotFoundException("账号", user.getUsername()));
        Problems problems = new Problems();
        if (body.oldPassword() == null || !passwords.matches(body.oldPassword(), current.passwordHash())) {
            problems.add("oldPassword", "（已隐去）", "原密码不正确");
        }
        PasswordRules.check("newPassword", body.newPassword(), current.username(), problems);
        if (problems.isEmpty() && body.newPassword().equals(body.oldPassword())) {
            problems.add("newPassword", "（已隐去）", "新密码不能与原密码相同");
        }
        problems.throwIfAny();
        Account changed = library.update(current.id(), current.version(),
                current.withPasswordHash(passwords.encode(body.newPassword())));
        tokens.revokeAllOf(changed, presentedToken);
        return changed;
    }

    void reset(String username, RegistrationRequests.PasswordReset body, SignedInUser official) {
        ForbiddenException.unlessRole(official.viewer(), "重置密码", java.util.Set.of(Role.OFFICIAL));
        Account target = accounts.byUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("账号", username));
        if (!official.admin()) {
            if (target.admin() || target.role() == Role.OFFICIAL) {
                throw new ForbiddenException("区科技局管理员和系统管理员的密码只能由系统管理员重置");
            }
            String district = official.account().district();
            if (district != null && !district.equals(target.district())) {
                throw new ForbiddenException("只能重置本区（" + district + "）账号的密码：「" + username + "」不属于本区");
            }
        }
        Problems problems = new Problems();
        PasswordRules.check("newPassword", body == null ? null : body.newPassword(), target.username(), problems);
        problems.throwIfAny();
        Account reset = library.update(target.id(), target.version(),
                target.withPasswordHash(passwords.encode(body.newPassword())));
        tokens.revokeAllOf(reset, null);
    }
}
