package org.techmatch.challenge;

import java.time.Instant;

/** What the awarded team showed for a milestone: a text (reports, test results, links) and who submitted it when. */
public record Evidence(String text, String organisation, Instant at) {
}
