package org.techmatch.challenge;

import org.techmatch.catalog.Texts;

/**
 * The body of a transition: the version the caller saw (optional; a stale one is a 409), why (required to
 * withdraw, reject or terminate) and, for the award, the winning application.
 */
public record TransitionRequest(Long version, String reason, String applicationId) {
    static final TransitionRequest EMPTY = new TransitionRequest(null, null, null);

    public TransitionRequest {
        reason = Texts.clean(reason);
        applicationId = Texts.clean(applicationId);
    }
}
