package org.techmatch.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.techmatch.account.TokenService;

/**
 * Sign-in for people (form at /login, a session, CSRF by the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN) and for
 * programs (HTTP Basic or a bearer token on each request, no session, no CSRF: a browser never adds those headers
 * on its own, because no Basic challenge is ever sent; a header that fails is a 401, never a fall-back to the
 * session). /api answers 401/403 as problem+json; pages redirect to
 * the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // commands run without a web server
class SecurityConfiguration {
    /** Requests of programs, answered 401/403 as problem+json rather than sent to the sign-in page. */
    private static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
            PathPatternRequestMatcher.pathPattern("/actuator/**"), PathPatternRequestMatcher.pathPattern("/actuator"));

    /** Path tricks the firewall refuses get the same problem+json as every other refusal. */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer firewallRefusals(
            ApiProblemResponses problems) {
        return web -> web.requestRejectedHandler(problems);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountAuthenticationProvider accounts,
                                            TokenService tokens, ApiProblemResponses problems,
                                            org.techmatch.account.AccountService accountService) throws Exception {
        // The plain handler (not the XOR one): page scripts send the cookie's value back as it is.
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        http.authenticationProvider(accounts)
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(SecurityConfiguration::carriesApiCredentials)
                        // sign-up acts for nobody yet (it signs no one in): a forged one only files an application
                        .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(
                                org.springframework.http.HttpMethod.POST, "/api/registrations")))
                .addFilterBefore(new AuthorizationHeaderFilter(tokens, accounts, problems),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionAccountRefresh(accountService), CsrfCookieFilter.class)
                .formLogin(form -> form.loginPage("/login").usernameParameter("username")
                        .passwordParameter("password").successHandler(new ReturnAfterSignIn())
                        .failureHandler(ReturnAfterSignIn.failure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(EndpointRules::apply);
        return http.build();
    }

    /**
     * A request with an {@code Authorization} header is a program's request, authenticated by that header alone or
     * refused with 401 ({@link AuthorizationHeaderFilter}, never a fall-back to the session): exempt from CSRF.
     */
    static boolean carriesApiCredentials(HttpServletRequest request) {
        return request.getHeader(AuthorizationHeaderFilter.HEADER) != null;
    }
}
