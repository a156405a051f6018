package org.techmatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, back to the page the user came from: the sign-in form carries it as {@code next} (pages link
 * to {@code /login?next=…}; what the user had typed there is kept by the page itself in sessionStorage). Only a
 * path of this site is followed, never another host; without one, the page that asked for the sign-in, else /.
 */
final class ReturnAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {
    static final String PARAMETER = "next";
    /** A local path: one slash, then no second slash or backslash (//host and /\\host leave the site). */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    /** next if it is a path of this site, else null. */
    static String safe(String next) {
        return next != null && next.length() <= 500 && LOCAL.matcher(next).matches() ? next : null;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws java.io.IOException,
            jakarta.servlet.ServletException {
        String next = safe(request.getParameter(PARAMETER));
        if (next != null) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, next);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** A failed attempt shows the form again, still knowing where to return. */
    static AuthenticationFailureHandler failure() {
        return (request, response, e) -> {
            String next = safe(request.getParameter(PARAMETER));
            response.sendRedirect(request.getContextPath() + "/login?error"
                    + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        };
    }
}
