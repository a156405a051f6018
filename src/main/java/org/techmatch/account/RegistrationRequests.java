package org.techmatch.account;

import java.time.Instant;
import org.techmatch.catalog.Role;

/** Bodies and answers of sign-up, its review and password changes. */
final class RegistrationRequests {
    private RegistrationRequests() {
    }

    /** POST /api/registrations, PUT /api/me/registration (the password is ignored on a resubmission). */
    record Application(String username, String password, Role role, String organisation, String creditCode,
                       String contactPerson, String phone, String district) {
    }

    /** POST /api/registrations/{username}/return. */
    record Decision(String reason) {
    }

    /** PUT /api/me/password. */
    record PasswordChange(String oldPassword, String newPassword) {
    }

    /** PUT /api/accounts/{username}/password. */
    record PasswordReset(String newPassword) {
    }

    /** An application as its applicant and its reviewers see it. */
    record View(String username, String displayName, Role role, String roleLabel, String organisation,
                String district, String creditCode, String contactPerson, String phone, String status, String reason,
                String decidedBy, Instant submittedAt, Instant decidedAt) {
        static View of(Account a) {
            Registration r = a.registration();
            return new View(a.username(), a.displayName(), a.role(), a.role().label(), a.organisation(),
                    a.district(), r.creditCode(), r.contactPerson(), r.phone(), r.status().label(), r.reason(),
                    r.decidedBy(), r.submittedAt(), r.decidedAt());
        }
    }
}
