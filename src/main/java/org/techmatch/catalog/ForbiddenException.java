package org.techmatch.catalog;

import java.util.Set;
import java.util.stream.Collectors;

/** The viewer's role or organisation may not do this. Maps to HTTP 403; nothing was written. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }

    /** Refuses unless the viewer has one of the roles; the message names the action and who may do it. */
    public static void unlessRole(Viewer viewer, String action, Set<Role> allowed) {
        if (!allowed.contains(viewer.role())) {
            throw new ForbiddenException("「" + action + "」仅限" + labels(allowed) + "操作，当前角色：" + viewer.role().label());
        }
    }

    public static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }
}
