package org.techmatch.docking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stalledAfterDays a docking whose latest step is more than this many days old shows as stalled on the
 *                         manager's workbench (a request may ask for another number)
 */
@ConfigurationProperties("techmatch.dockings")
public record DockingProperties(Integer stalledAfterDays) {
    public static final int DEFAULT_STALLED_AFTER_DAYS = 30;

    public DockingProperties {
        if (stalledAfterDays == null || stalledAfterDays < 1) {
            stalledAfterDays = DEFAULT_STALLED_AFTER_DAYS;
        }
    }
}
