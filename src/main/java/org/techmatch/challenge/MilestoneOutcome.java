package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** The conclusion of reviewing a milestone's evidence. */
public enum MilestoneOutcome implements Labelled {
    PASSED("通过"),
    REWORK("需整改"),
    FAILED("不通过");

    private final String label;
    private final List<String> aliases;

    MilestoneOutcome(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static MilestoneOutcome of(String value) {
        return Vocabularies.parse(MilestoneOutcome.class, "里程碑评审结论", value);
    }
}
