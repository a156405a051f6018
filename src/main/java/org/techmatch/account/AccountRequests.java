package org.techmatch.account;

import java.util.List;
import org.techmatch.catalog.Role;

/** Bodies of the account and token endpoints. */
final class AccountRequests {
    private AccountRequests() {
    }

    /** POST /api/accounts. */
    record NewAccount(String username, String password, String displayName, Role role, String organisation,
                      String district, List<String> assignedChallenges, Boolean admin) {
        NewAccount inDistrict(String newDistrict) {
            return new NewAccount(username, password, displayName, role, organisation, newDistrict, assignedChallenges,
                    admin);
        }
    }

    /** PUT /api/accounts/{username}/assignments. */
    record Assignments(List<String> challengeIds) {
    }

    /** POST /api/tokens. */
    record NewToken(String name) {
    }
}
