package org.techmatch.interest;

import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;

/**
 * Who may read and answer an interest, decided here only. Read: the sending and the receiving organisation, the
 * technology managers (they broker across the city) and the officials of the target's district; to anyone else
 * it is not there (404). Answer: the receiving organisation. Withdraw: the sending organisation. A confidential
 * demand's enterprise is hidden from the sender until it accepts.
 */
final class InterestAccess {
    private InterestAccess() {
    }

    static boolean mayRead(Viewer viewer, Interest i) {
        return isSender(viewer, i) || isReceiver(viewer, i) || viewer.role() == Role.MANAGER
                || viewer.answersFor(i.district());
    }

    static boolean isSender(Viewer viewer, Interest i) {
        return viewer.signedIn() && viewer.belongsTo(i.fromOrganisation());
    }

    static boolean isReceiver(Viewer viewer, Interest i) {
        return viewer.signedIn() && (viewer.role() == Role.ENTERPRISE || viewer.role() == Role.UNIVERSITY)
                && viewer.belongsTo(i.toOrganisation());
    }

    static boolean seesReceiver(Viewer viewer, Interest i) {
        return !i.confidential() || i.status() == InterestStatus.ACCEPTED || isReceiver(viewer, i)
                || viewer.seesConfidentialIn(i.district());
    }
}
