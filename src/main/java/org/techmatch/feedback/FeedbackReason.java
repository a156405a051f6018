package org.techmatch.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** Why a match is not one: coded, so the statistics can count them and a refit can be told apart by cause. */
public enum FeedbackReason implements Labelled {
    TECHNOLOGY("技术不对口"),
    MATURITY("成熟度不足"),
    BUDGET("预算或价格不符"),
    REGION("地域不合适"),
    COOPERATING("已有合作"),
    OTHER("其他");

    private final String label;

    FeedbackReason(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static FeedbackReason of(String value) {
        return Vocabularies.parse(FeedbackReason.class, "原因", value);
    }
}
