package org.techmatch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.techmatch.account.SignedInUser;
import org.techmatch.catalog.Viewer;

/**
 * Works out who is asking: the account the request was authenticated as (session, HTTP Basic or bearer token),
 * or an anonymous visitor. The single place the services' {@link Viewer} comes from.
 */
@Component
public class ViewerResolver {

    public Viewer resolve(HttpServletRequest request) {
        return current();
    }

    /** The viewer of the request being served on this thread. */
    public static Viewer current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.viewer();
        }
        return Viewer.ANONYMOUS;
    }
}
