package org.techmatch.account;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Texts;

/**
 * A user account, stored in the same durable index as the records it guards (a backup of the index covers it).
 * Only the bcrypt hash of the password is kept, and it never leaves the service ({@link AccountView}).
 *
 * @param district           for an official, the district they answer for (null: every district); for any other
 *                           account, the district of its organisation (set when a district official creates it)
 * @param admin              may create accounts of every role, officials included
 * @param assignedChallenges for a reviewer, the challenges whose applications they review
 * @param registration       for an organisation that registered itself, its application and the review of it;
 *                           null for accounts created by an official or the administrator (verified by creation)
 */
public record Account(
        String id,
        long version,
        String username,
        String displayName,
        Role role,
        String organisation,
        String district,
        boolean admin,
        String passwordHash,
        boolean enabled,
        List<String> assignedChallenges,
        Instant createdAt,
        Instant updatedAt,
        Registration registration) implements CatalogRecord {

    public Account {
        username = Texts.clean(username);
        displayName = Texts.clean(displayName);
        organisation = Texts.clean(organisation);
        district = Texts.clean(district);
        assignedChallenges = Texts.cleanAll(assignedChallenges);
    }

    @Override
    public String title() {
        return username;
    }

    Account identified(String newId, long newVersion, Instant created, Instant updated) {
        return new Account(newId, newVersion, username, displayName == null ? username : displayName, role,
                organisation, district, admin, passwordHash, enabled, assignedChallenges, created, updated, registration);
    }

    Account withAssignments(List<String> challengeIds) {
        return new Account(id, version, username, displayName, role, organisation, district, admin, passwordHash,
                enabled, challengeIds, createdAt, updatedAt, registration);
    }

    /** Self-registered and not (yet) approved: may sign in, sees only its application. */
    public boolean pending() {
        return registration != null && registration.status() != Registration.Status.APPROVED;
    }

    Account withRegistration(Registration newRegistration) {
        return new Account(id, version, username, displayName, role, organisation, district, admin, passwordHash,
                enabled, assignedChallenges, createdAt, updatedAt, newRegistration);
    }

    Account withPasswordHash(String newHash) {
        return new Account(id, version, username, displayName, role, organisation, district, admin, newHash,
                enabled, assignedChallenges, createdAt, updatedAt, registration);
    }

    /** The applicant's corrected application: organisation, district and display name may change with it. */
    Account resubmitted(String newDisplayName, Role newRole, String newOrganisation, String newDistrict,
                        Registration newRegistration) {
        return new Account(id, version, username, newDisplayName, newRole, newOrganisation, newDistrict, admin,
                passwordHash, enabled, assignedChallenges, createdAt, updatedAt, newRegistration);
    }

    Account disabled() {
        return new Account(id, version, username, displayName, role, organisation, district, admin, passwordHash,
                false, assignedChallenges, createdAt, updatedAt, registration);
    }
}
