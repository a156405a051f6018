package org.techmatch.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Keeps the browser session that changed its own password signed in: a session holds the account as it signed in,
 * and one whose password hash is no longer the account's is ended on its next request; this one is given the
 * changed account (and a new session id) so that only the account's other sessions end.
 */
final class SessionRenewal {
    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SessionRenewal() {
    }

    /** Renews the request's session, if it is signed in by one (a request with an Authorization header is not). */
    static void renew(HttpServletRequest request, HttpServletResponse response, Account changed) {
        if (request.getHeader("Authorization") != null || request.getSession(false) == null) {
            return;
        }
        request.changeSessionId();
        SignedInUser user = new SignedInUser(changed);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }

    /** The bearer token a request came with, or null. */
    static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.strip().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.strip().substring(7).strip();
    }
}
