package org.techmatch.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts and sign-in.
 *
 * @param admin          the first administrator, created on a start when no account of that name exists
 * @param demoAccounts   create the documented demo accounts (one per role) on a first start that loads fixtures
 * @param tokenPrefix    how every bearer token starts, so that a leaked one is easy to recognise in logs or code
 * @param basicCacheSeconds how long a verified HTTP Basic password is remembered (bcrypt costs ~0.1 s per check)
 */
@ConfigurationProperties("techmatch.security")
public record SecurityProperties(Admin admin, boolean demoAccounts, String tokenPrefix, int basicCacheSeconds) {
    public SecurityProperties {
        admin = admin == null ? new Admin(null, null, null, null) : admin;
        tokenPrefix = tokenPrefix == null || tokenPrefix.isBlank() ? "tm_" : tokenPrefix;
        basicCacheSeconds = Math.max(0, basicCacheSeconds);
    }

    /**
     * @param username     login name of the first administrator
     * @param password     its password; without one no administrator is created (a warning says so)
     * @param displayName  the name shown for it
     * @param organisation the organisation it acts for
     */
    public record Admin(String username, String password, String displayName, String organisation) {
    }
}
