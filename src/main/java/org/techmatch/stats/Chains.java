package org.techmatch.stats;

import org.techmatch.achievement.Achievement;
import org.techmatch.demand.Demand;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.IndustryChains;

/** The industry chain of a library record: which of its texts the classification reads. */
public final class Chains {
    private Chains() {
    }

    /** A demand by its field, industry and title (the same as a docking made from it). */
    public static IndustryChain of(Demand d) {
        return IndustryChains.classify(d.techField(), d.industry(), d.title());
    }

    /** An achievement by its field, industry, title and keywords. */
    public static IndustryChain of(Achievement a) {
        return IndustryChains.classify(a.techField(), a.industry(), a.title() + " " + String.join(" ", a.keywords()));
    }
}
