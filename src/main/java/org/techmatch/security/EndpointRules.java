package org.techmatch.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Role;

/**
 * Who may call which API endpoint, in one table (first match wins). {@code PUBLIC}: anyone, anonymous visitors
 * included (records are redacted for them); {@code SIGNED_IN}: any account, the service then decides by role,
 * organisation and ownership (with its own Chinese reason); otherwise the roles listed. Anything under /api not
 * listed needs a sign-in, so a new endpoint is never public by accident; under /actuator only the probes are
 * public (an endpoint Actuator adds later is for officials). The README's table is this one.
 */
final class EndpointRules {
    static final Set<Role> PUBLIC = EnumSet.allOf(Role.class);
    static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    private static final Set<Role> BROKERS = EnumSet.of(Role.MANAGER, Role.OFFICIAL);
    private static final Set<Role> OFFICIALS = EnumSet.of(Role.OFFICIAL);
    private static final Set<Role> SUPPLIERS = EnumSet.of(Role.UNIVERSITY, Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL);
    /** Who may edit or withdraw a library record; which records each may is checked by the web layer's ownership rules. */
    private static final Set<Role> OWNERS = EnumSet.of(Role.UNIVERSITY, Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL);

    /**
     * Any signed-in account, a self-registered one still waiting for approval included (its application and its
     * password); every other signed-in rule excludes such applicants, who have no role yet.
     */
    static final Set<Role> ANY_ACCOUNT = java.util.Collections.unmodifiableSet(EnumSet.complementOf(
            EnumSet.of(Role.ANONYMOUS)));

    record Rule(HttpMethod method, String pattern, Set<Role> roles) {
        PathPatternRequestMatcher matcher() {
            return method == null ? PathPatternRequestMatcher.pathPattern(pattern)
                    : PathPatternRequestMatcher.pathPattern(method, pattern);
        }
    }

    static final List<Rule> RULES = List.of(
            rule(HttpMethod.GET, "/api/me", PUBLIC),
            rule(null, "/api/me/registration", ANY_ACCOUNT),
            rule(HttpMethod.PUT, "/api/me/password", ANY_ACCOUNT),
            rule(null, "/api/me/**", SIGNED_IN),
            // sign-up is open to visitors; its review is for officials (of the applicant's district) and managers
            rule(HttpMethod.POST, "/api/registrations", PUBLIC),
            rule(null, "/api/registrations", BROKERS),
            rule(null, "/api/registrations/**", BROKERS),
            // editorial review of self-registered organisations' records (district checked by the service)
            rule(null, "/api/reviews", BROKERS),
            rule(null, "/api/reviews/**", BROKERS),
            rule(null, "/api/tokens", SIGNED_IN),
            rule(null, "/api/tokens/**", SIGNED_IN),
            rule(null, "/api/accounts", OFFICIALS),
            rule(null, "/api/accounts/**", OFFICIALS),
            rule(HttpMethod.GET, "/api/audit", OFFICIALS),
            rule(null, "/api/admin/**", OFFICIALS),
            // libraries: reading is public (redacted); writing is for the owning organisations (checked per record)
            rule(HttpMethod.GET, "/api/demands/unmet", SIGNED_IN),
            rule(HttpMethod.POST, "/api/demands/unmet/draft-challenge", SIGNED_IN),
            rule(HttpMethod.GET, "/api/demands/{id}/matches", PUBLIC),
            rule(HttpMethod.GET, "/api/demands/{id}/experts", PUBLIC),
            rule(HttpMethod.GET, "/api/achievements/{id}/matches", PUBLIC),
            rule(HttpMethod.POST, "/api/match", SIGNED_IN),
            rule(HttpMethod.POST, "/api/demands/guidance", EnumSet.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL)),
            // marks on matches: managers, officials and the query record's owner mark (the feedback service decides)
            rule(null, "/api/demands/{id}/matches/{candidateId}/feedback", SIGNED_IN),
            rule(null, "/api/demands/{id}/experts/{candidateId}/feedback", SIGNED_IN),
            rule(null, "/api/achievements/{id}/matches/{candidateId}/feedback", SIGNED_IN),
            rule(HttpMethod.GET, "/api/demands/{id}/matches/feedback", SIGNED_IN),
            rule(HttpMethod.GET, "/api/demands/{id}/experts/feedback", SIGNED_IN),
            rule(HttpMethod.GET, "/api/achievements/{id}/matches/feedback", SIGNED_IN),
            rule(HttpMethod.GET, "/api/achievements", PUBLIC),
            rule(HttpMethod.GET, "/api/achievements/{id}", PUBLIC),
            rule(HttpMethod.POST, "/api/achievements", SUPPLIERS),
            rule(HttpMethod.PUT, "/api/achievements/{id}", OWNERS),
            rule(HttpMethod.DELETE, "/api/achievements/{id}", OWNERS),
            rule(HttpMethod.POST, "/api/demands/{id}/renew", EnumSet.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL)),
            rule(HttpMethod.GET, "/api/demands", PUBLIC),
            rule(HttpMethod.GET, "/api/demands/{id}", PUBLIC),
            rule(HttpMethod.POST, "/api/demands", EnumSet.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL)),
            rule(HttpMethod.PUT, "/api/demands/{id}", EnumSet.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL)),
            rule(HttpMethod.DELETE, "/api/demands/{id}", EnumSet.of(Role.ENTERPRISE, Role.MANAGER, Role.OFFICIAL)),
            rule(HttpMethod.GET, "/api/experts", PUBLIC),
            rule(HttpMethod.GET, "/api/experts/{id}", PUBLIC),
            rule(HttpMethod.POST, "/api/experts", SUPPLIERS),
            rule(HttpMethod.PUT, "/api/experts/{id}", OWNERS),
            rule(HttpMethod.DELETE, "/api/experts/{id}", OWNERS),
            rule(HttpMethod.GET, "/api/semantic/status", PUBLIC),
            rule(HttpMethod.GET, "/api/vocabularies", PUBLIC),
            // challenges: the public list and plan; every move is checked by the workflow services
            rule(HttpMethod.GET, "/api/challenges/milestones/overdue", SIGNED_IN),
            rule(HttpMethod.GET, "/api/challenges", PUBLIC),
            rule(HttpMethod.GET, "/api/challenges/{id}", PUBLIC),
            rule(HttpMethod.GET, "/api/challenges/{id}/transitions", PUBLIC),
            rule(HttpMethod.GET, "/api/challenges/{id}/milestones", PUBLIC),
            rule(null, "/api/challenges/**", SIGNED_IN),
            rule(null, "/api/challenges", SIGNED_IN),
            rule(HttpMethod.GET, "/api/dockings/of-demand/{demandId}", BROKERS),
            rule(null, "/api/dockings/**", SIGNED_IN),
            rule(null, "/api/dockings", SIGNED_IN),
            rule(null, "/api/stats/**", SIGNED_IN),
            // interests and the inbox: the services decide by role, organisation and recipient
            rule(null, "/api/interests", SIGNED_IN),
            rule(null, "/api/interests/**", SIGNED_IN),
            rule(null, "/api/notifications", SIGNED_IN),
            rule(null, "/api/notifications/**", SIGNED_IN),
            rule(null, "/api/subscriptions", SIGNED_IN),
            rule(null, "/api/subscriptions/**", SIGNED_IN),
            // bulk work on whole libraries: managers and officials
            rule(HttpMethod.GET, "/api/imports/templates/{library}", PUBLIC),
            rule(null, "/api/imports", BROKERS),
            rule(null, "/api/imports/**", BROKERS),
            rule(HttpMethod.GET, "/api/exports/{library}", BROKERS),
            rule(null, "/api/duplicates", BROKERS),
            rule(null, "/api/duplicates/**", BROKERS),
            // operations (README, Health and metrics): the probes are public, health details and metrics are not
            rule(HttpMethod.GET, "/actuator/health/liveness", PUBLIC),
            rule(HttpMethod.GET, "/actuator/health/readiness", PUBLIC),
            rule(null, "/actuator", OFFICIALS),
            rule(null, "/actuator/**", OFFICIALS),
            // the API description (README, API description): it names endpoints and fields, never data
            rule(HttpMethod.GET, "/v3/api-docs", PUBLIC),
            rule(HttpMethod.GET, "/v3/api-docs/**", PUBLIC),
            rule(HttpMethod.GET, "/swagger-ui.html", PUBLIC),
            rule(HttpMethod.GET, "/swagger-ui/**", PUBLIC));

    private EndpointRules() {
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, roles);
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        for (Rule rule : RULES) {
            var matched = auth.requestMatchers(rule.matcher());
            if (rule.roles().equals(PUBLIC)) {
                matched.permitAll();
            } else if (rule.roles() == ANY_ACCOUNT) {
                matched.authenticated();
            } else {
                matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        auth.requestMatchers(PathPatternRequestMatcher.pathPattern("/api/**"))
                .hasAnyRole(SIGNED_IN.stream().map(Role::name).toArray(String[]::new));
        auth.anyRequest().permitAll();
    }

    /** "，仅限技术经理人、区科技局管理员" for the rule a refused request fell under. */
    static String whoMay(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst()
                .filter(rule -> !rule.roles().equals(SIGNED_IN) && !rule.roles().equals(PUBLIC))
                .map(rule -> "，仅限" + ForbiddenException.labels(rule.roles()) + "操作").orElse("");
    }
}
