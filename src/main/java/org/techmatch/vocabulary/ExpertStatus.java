package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Lifecycle of an expert or team. A retired (停用) entry is the soft-deleted form: kept, never matched. */
public enum ExpertStatus implements Labelled {
    ACTIVE("在库", "启用"),
    RETIRED("停用", "已停用", "退库");

    private final String label;
    private final List<String> aliases;

    ExpertStatus(String label, String... aliases) {
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
    public static ExpertStatus of(String value) {
        return Vocabularies.parse(ExpertStatus.class, "专家状态", value);
    }
}
