package org.techmatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techmatch.account.Account;
import org.techmatch.account.AccountService;
import org.techmatch.account.SignedInUser;

/**
 * A browser session holds the account as it was at sign-in; this re-reads it on each request, so that an approved
 * sign-up may publish at once, and the session of a disabled or deleted account, or of one whose password changed
 * since it signed in (other than the session that changed it, see {@code SessionRenewal}), ends: an anonymous
 * request from then on. Only this request's context changes: the session keeps what it holds and is re-read next time.
 */
final class SessionAccountRefresh extends OncePerRequestFilter {
    private final AccountService accounts;

    SessionAccountRefresh(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && request.getHeader(AuthorizationHeaderFilter.HEADER) == null) {
            Account current = accounts.byUsername(user.getUsername()).filter(Account::enabled)
                    .filter(a -> java.util.Objects.equals(a.passwordHash(), user.account().passwordHash()))
                    .orElse(null);
            if (current == null && request.getSession(false) != null) {
                request.getSession(false).invalidate(); // disabled, deleted, or its password changed since sign-in
            }
            if (current == null || current.version() != user.account().version()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                if (current != null) {
                    SignedInUser fresh = new SignedInUser(current);
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                            fresh.getAuthorities()));
                }
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
