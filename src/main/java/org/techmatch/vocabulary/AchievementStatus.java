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
    TRANSFERRED("已转化"),
    /** A self-registered organisation's achievement waiting for editorial review; never listed nor matched. */
    PENDING_REVIEW("待审核"),
    /** Returned by the review with a reason; its owner edits and resubmits it. */
    RETURNED("已退回");

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
