package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** Progress of one milestone of an awarded challenge. */
public enum MilestoneStatus implements Labelled {
    PENDING("未开始"),
    SUBMITTED("已提交"),
    REWORK("需整改"),
    PASSED("通过"),
    FAILED("不通过");

    private final String label;
    private final List<String> aliases;

    MilestoneStatus(String label, String... aliases) {
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
    public static MilestoneStatus of(String value) {
        return Vocabularies.parse(MilestoneStatus.class, "里程碑状态", value);
    }
}
