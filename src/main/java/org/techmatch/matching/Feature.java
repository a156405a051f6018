package org.techmatch.matching;

import java.time.Instant;

/** One matching signal: compares the demand side and the supply side of a pair. */
interface Feature {
    String name();

    FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now);
}
