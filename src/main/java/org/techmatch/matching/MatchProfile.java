package org.techmatch.matching;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;

/**
 * What matching knows of one record, whichever library it comes from: its text and the structured facts
 * features compare. For a demand, maturity is the expected one and money the budget; for an achievement
 * or a team, maturity is reached and money is the asking price.
 *
 * @param vector the semantic vector, or null when none is computed yet (or vectors are switched off)
 */
public record MatchProfile(String id, String type, long version, String title, String text, TechField techField,
                           Industry industry, Maturity maturity, List<TransferMode> modes, MoneyRange money,
                           Region region, Instant updatedAt, float[] vector) {

    public MatchProfile {
        modes = modes == null ? List.of() : List.copyOf(modes);
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** Title and text as one string: what the key terms are looked for in. */
    public String fullText() {
        return title + "\n" + text;
    }
}
