package org.techmatch.interest;

import org.techmatch.catalog.Texts;

/** The bodies of the interest endpoints. */
final class InterestRequests {
    private InterestRequests() {
    }

    /**
     * 我有意向 on a record: targetId an achievement, demand or expert; offerId one of the sender's own records that
     * answers it (from a match: the demand for an achievement, the achievement for a demand), optional.
     */
    record Express(String targetId, String offerId, String message) {
        Express {
            targetId = Texts.clean(targetId);
            offerId = Texts.clean(offerId);
            message = Texts.clean(message);
        }
    }

    /** The receiver's answer: 接受 or 婉拒; a decline gives a coded reason, and 其他 a note. */
    record Answer(String decision, DeclineReason reason, String note) {
        Answer {
            decision = Texts.clean(decision);
            note = Texts.clean(note);
        }
    }
}
