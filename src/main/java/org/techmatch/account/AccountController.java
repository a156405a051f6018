package org.techmatch.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.Role;

/**
 * Who am I, accounts (officials and the administrator) and the caller's bearer tokens. Which roles reach each
 * path is decided in the security configuration; what is checked here is what depends on the body.
 */
@RestController
class AccountController {
    private final AccountService accounts;
    private final TokenService tokens;

    AccountController(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The signed-in user, or {"role": "ANONYMOUS", "roleLabel": "访客"} with the other fields null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Me(String username, String displayName, Role role, String roleLabel, String organisation,
              String district, String registrationStatus, boolean pending) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return new Me(null, null, Role.ANONYMOUS, Role.ANONYMOUS.label(), null, null, null, false);
        }
        Account a = user.account();
        return new Me(a.username(), a.displayName(), a.role(), a.role().label(), a.organisation(), a.district(),
                a.registration() == null ? null : a.registration().status().label(), a.pending());
    }

    @GetMapping("/api/accounts")
    List<AccountView> list(@AuthenticationPrincipal SignedInUser user) {
        return accounts.list(user).stream().map(AccountView::of).toList();
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountView> create(@RequestBody AccountRequests.NewAccount body,
                                       @AuthenticationPrincipal SignedInUser user) {
        Account created = accounts.create(body, user);
        return ResponseEntity.created(URI.create("/api/accounts/" + created.username())).body(AccountView.of(created));
    }

    @PutMapping("/api/accounts/{username}/assignments")
    AccountView assign(@PathVariable String username, @RequestBody AccountRequests.Assignments body,
                       @AuthenticationPrincipal SignedInUser user) {
        return AccountView.of(accounts.assign(username, body.challengeIds(), user.viewer()));
    }

    @PostMapping("/api/tokens")
    ResponseEntity<TokenService.Issued> issue(@RequestBody(required = false) AccountRequests.NewToken body,
                                              @AuthenticationPrincipal SignedInUser user) {
        TokenService.Issued issued = tokens.issue(user.account(), body == null ? null : body.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
    }

    @GetMapping("/api/tokens")
    List<TokenService.Listed> myTokens(@AuthenticationPrincipal SignedInUser user) {
        return tokens.of(user.account());
    }

    @DeleteMapping("/api/tokens/{id}")
    TokenService.Listed revoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return tokens.revoke(id, user);
    }
}
