package org.techmatch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;

/**
 * Works out who is asking. Until sign-in exists (the security issue), the role and organisation are
 * plain request headers (X-TechMatch-Role, X-TechMatch-Org, the latter percent-encoded UTF-8 because
 * header values are ASCII) and a request without them is anonymous;
 * this is the single place sign-in will replace.
 */
@Component
public class ViewerResolver {
    static final String ROLE_HEADER = "X-TechMatch-Role";
    static final String ORG_HEADER = "X-TechMatch-Org";

    public Viewer resolve(HttpServletRequest request) {
        String role = request.getHeader(ROLE_HEADER);
        if (role == null || role.isBlank()) {
            return Viewer.ANONYMOUS;
        }
        try {
            String org = request.getHeader(ORG_HEADER);
            return new Viewer(Role.valueOf(role.strip().toUpperCase()),
                    org == null ? null : java.net.URLDecoder.decode(org, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(ROLE_HEADER, role, "未知角色，可选：ANONYMOUS、ENTERPRISE、UNIVERSITY、MANAGER、OFFICIAL、REVIEWER");
        }
    }
}
