package org.techmatch.ops;

import java.util.Map;

/**
 * One part of the service an operator watches: the index, the embedding backlog, and whatever a feature adds
 * later (the write-ahead log, the mail outbox). A feature exposes one as a bean; it appears under its name in
 * /actuator/health with its details. A check the service cannot serve without joins the readiness probe by its
 * name in {@code management.endpoint.health.group.readiness.include} (application.yml). Nothing here depends on
 * Actuator, so a feature implements it without knowing how health is served.
 */
public interface HealthCheck {
    /** The component's name in /actuator/health: lower-case letters, digits and hyphens. */
    String name();

    /** Checks now; cheap enough for a probe every few seconds. */
    Result check();

    /**
     * @param up      whether the part works as it should
     * @param details figures an operator reads (numbers, short English words), in a stable order
     */
    record Result(boolean up, Map<String, Object> details) {
        public static Result up(Map<String, Object> details) {
            return new Result(true, details);
        }

        public static Result down(Map<String, Object> details) {
            return new Result(false, details);
        }
    }
}
