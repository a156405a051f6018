package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Lifecycle of an achievement. Withdrawn and expired achievements never match. */
public enum AchievementStatus implements Labelled {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回"),
    EXPIRED("已过期"),
    TRANSFERRED("已转化");

    private final String label;
    private final List<String> aliases;

    AchievementStatus(String label, String... aliases) {
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
    public static AchievementStatus of(String value) {
        return Vocabularies.parse(AchievementStatus.class, "成果状态", value);
    }
}
