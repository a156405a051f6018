package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Whether an expert-library entry is one person (专家) or a research team (团队). */
public enum ExpertType implements Labelled {
    INDIVIDUAL("专家", "个人", "专家个人"),
    TEAM("团队", "课题组", "研究团队", "科研团队");

    private final String label;
    private final List<String> aliases;

    ExpertType(String label, String... aliases) {
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
    public static ExpertType of(String value) {
        return Vocabularies.parse(ExpertType.class, "专家类型", value);
    }
}
