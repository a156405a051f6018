package org.techmatch.catalog;

import java.util.List;

/**
 * Who is reading or writing: their role and organisation, and for signed-in users their account name, the
 * district an official answers for (null: every district) and the challenges a reviewer is assigned to.
 * Records are redacted for the viewer before they leave the service.
 *
 * @param moderated the viewer's organisation registered itself: its new records wait for editorial review
 *                  ({@link RecordAccess#heldForReview}); accounts created by an official or the administrator
 *                  publish at once
 */
public record Viewer(Role role, String organisation, String username, String district,
                     List<String> assignedChallenges, boolean moderated) {
    public static final Viewer ANONYMOUS = new Viewer(Role.ANONYMOUS, null);

    public Viewer {
        assignedChallenges = assignedChallenges == null ? List.of() : List.copyOf(assignedChallenges);
    }

    /** A viewer whose entries publish at once (every account not self-registered). */
    public Viewer(Role role, String organisation, String username, String district,
                  List<String> assignedChallenges) {
        this(role, organisation, username, district, assignedChallenges, false);
    }

    /** A viewer known only by role and organisation (system work, tests of the services). */
    public Viewer(Role role, String organisation) {
        this(role, organisation, null, null, List.of());
    }

    public boolean seesConfidential() {
        return role == Role.MANAGER || role == Role.OFFICIAL;
    }

    /**
     * Whether this viewer sees the confidential fields of a record located in the named district: managers
     * broker across the city; an official sees those of their own district (a city-level official, all).
     */
    public boolean seesConfidentialIn(String recordDistrict) {
        return role == Role.MANAGER || (role == Role.OFFICIAL && answersFor(recordDistrict));
    }

    /** An official's reach: a city-level official (no district) answers for every district. */
    public boolean answersFor(String recordDistrict) {
        return role == Role.OFFICIAL && (district == null || district.equals(recordDistrict));
    }

    /** Compared folded (see {@link Texts#organisationKey}): a look-alike name is the same organisation. */
    public boolean belongsTo(String organisationName) {
        return Texts.sameOrganisation(organisation, organisationName);
    }

    /** Whether a reviewer was assigned to review the applications of this challenge. */
    public boolean reviews(String challengeId) {
        return role == Role.REVIEWER && assignedChallenges.contains(challengeId);
    }

    public boolean signedIn() {
        return role != Role.ANONYMOUS;
    }
}
