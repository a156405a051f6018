package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Lifecycle of a demand. */
public enum DemandStatus implements Labelled {
    DRAFT("草稿"),
    OPEN("征集中"),
    DOCKING("对接中"),
    SOLVED("已解决"),
    CLOSED("已关闭"),
    EXPIRED("已过期"),
    /** A self-registered enterprise's demand waiting for editorial review; never listed nor matched. */
    PENDING_REVIEW("待审核"),
    /** Returned by the review with a reason; its owner edits and resubmits it. */
    RETURNED("已退回");

    private final String label;
    private final List<String> aliases;

    DemandStatus(String label, String... aliases) {
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
    public static DemandStatus of(String value) {
        return Vocabularies.parse(DemandStatus.class, "需求状态", value);
    }
}
