package org.techmatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techmatch.account.SignedInUser;
import org.techmatch.account.TokenService;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Authenticates a request that carries an {@code Authorization} header by that header alone, for this request
 * only (no session): {@code Basic} (username and password) or {@code Bearer} (an access token). A header that does
 * not authenticate — wrong password, unknown or revoked token, malformed Basic value, another scheme — is refused
 * with 401 at once, never left to fall back on a session cookie: such requests are exempt from CSRF
 * ({@link SecurityConfiguration#carriesApiCredentials}), so a fall-back would let a forged request with a made-up
 * header write as the cookie's owner. Unlike Spring's Basic filter, the password is checked even when the session
 * already belongs to the same user (the provider's short cache keeps that cheap).
 */
final class AuthorizationHeaderFilter extends OncePerRequestFilter {
    static final String HEADER = "Authorization";
    private static final String BASIC = "Basic";
    private static final String BEARER = "Bearer";
    private static final String FORM = "应为「Basic 」加上 Base64 编码的「用户名:密码」";
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
    private final TokenService tokens;
    private final AccountAuthenticationProvider accounts;
    private final ApiProblemResponses problems;

    AuthorizationHeaderFilter(TokenService tokens, AccountAuthenticationProvider accounts,
                              ApiProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication;
        try {
            authentication = authenticate(header.strip());
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, e);
            return;
        } catch (StoreUnavailableException e) {
            // the accounts cannot be read (the SolrCloud backend is down): the same 503 as any request needing them
            SecurityContextHolder.clearContext();
            ProblemWriter.write(request, response, Problem.of(503, "存储暂不可用", e.getMessage() + "，请稍后重试"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // kept for the request's later dispatches (the async one of a streamed download), never in the session
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private Authentication authenticate(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase(BEARER)) {
            SignedInUser user = tokens.accountOf(value).map(SignedInUser::new)
                    .orElseThrow(() -> new BadCredentialsException("访问令牌无效或已撤销"));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        if (scheme.equalsIgnoreCase(BASIC)) {
            String[] credentials = basic(value);
            return accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials[0],
                    credentials[1]));
        }
        throw new BadCredentialsException("不支持的认证方式：Authorization 头只接受 Basic（用户名和密码）或 Bearer（访问令牌）");
    }

    /** The username and password of a Basic value, or a Chinese reason why the value is not one. */
    static String[] basic(String value) {
        if (value.isEmpty()) {
            throw new BadCredentialsException("Authorization: Basic 头缺少凭据：" + FORM);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("Authorization: Basic 头不是有效的 Base64 编码：" + FORM);
        }
        String pair = new String(decoded, StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Authorization: Basic 头解码后缺少冒号：" + FORM);
        }
        return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    }
}
