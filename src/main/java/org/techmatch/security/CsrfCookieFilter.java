package org.techmatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token on every request so that the XSRF-TOKEN cookie is always set: the token is otherwise
 * loaded lazily, and a page whose first request is a GET would have no cookie for its script to send back. A
 * program signing in with a header on each request is exempt from CSRF and keeps no cookies: a token made for it
 * would be thrown away, and making one draws on the shared secure random (a contended lock under load).
 */
final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null && !SecurityConfiguration.carriesApiCredentials(request)) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
