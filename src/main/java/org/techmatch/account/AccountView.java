package org.techmatch.account;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.Role;

/** An account as the API shows it: everything but the password hash. */
public record AccountView(String username, String displayName, Role role, String roleLabel, String organisation,
                          String district, boolean admin, boolean enabled, List<String> assignedChallenges,
                          Instant createdAt) {
    static AccountView of(Account a) {
        return new AccountView(a.username(), a.displayName(), a.role(), a.role().label(), a.organisation(),
                a.district(), a.admin(), a.enabled(), a.assignedChallenges(), a.createdAt());
    }
}
