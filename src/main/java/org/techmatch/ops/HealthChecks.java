package org.techmatch.ops;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/**
 * Serves every {@link HealthCheck} through Actuator: each becomes a health component of its own name. Registered
 * while the context starts, before Actuator validates the groups' members (the readiness group names them).
 */
final class HealthChecks {
    /** @param registry Actuator's registry, or null when the context has none (a command) */
    HealthChecks(HealthContributorRegistry registry, List<HealthCheck> checks) {
        if (registry == null) {
            return;
        }
        for (HealthCheck check : checks) {
            registry.registerContributor(check.name(), (HealthIndicator) () -> health(check));
        }
    }

    private static Health health(HealthCheck check) {
        try {
            HealthCheck.Result result = check.check();
            return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
        } catch (RuntimeException e) {
            // a check that cannot even run says so; the exception's text goes no further than its class name
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
