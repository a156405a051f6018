package org.techmatch.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** A mark on a match: the pair is a match or it is not (the label a refit learns from: 1 or 0). */
public enum Verdict implements Labelled {
    RELEVANT("相关"),
    IRRELEVANT("不相关");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Verdict of(String value) {
        return Vocabularies.parse(Verdict.class, "标记", value);
    }
}
