package org.techmatch.interest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** An expression of interest waits for its answer, then is accepted, declined or withdrawn by its sender. */
public enum InterestStatus implements Labelled {
    OPEN("待答复"),
    ACCEPTED("已接受"),
    DECLINED("已婉拒"),
    WITHDRAWN("已撤回");

    private final String label;

    InterestStatus(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static InterestStatus of(String value) {
        return Vocabularies.parse(InterestStatus.class, "意向状态", value);
    }
}
