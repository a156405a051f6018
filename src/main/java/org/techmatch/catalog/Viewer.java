package org.techmatch.catalog;

/** Who is reading: their role and organisation. Records are redacted for the viewer before they leave the service. */
public record Viewer(Role role, String organisation) {
    public static final Viewer ANONYMOUS = new Viewer(Role.ANONYMOUS, null);

    public boolean seesConfidential() {
        return role == Role.MANAGER || role == Role.OFFICIAL;
    }

    public boolean belongsTo(String organisationName) {
        return organisation != null && organisation.equals(organisationName);
    }
}
