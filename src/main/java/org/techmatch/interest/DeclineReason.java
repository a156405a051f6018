package org.techmatch.interest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** Why an interest was declined, coded so statistics can count the reasons (其他 needs a note). */
public enum DeclineReason implements Labelled {
    NOT_NEEDED("暂不需要"),
    TECH_MISMATCH("技术不匹配"),
    HAS_PARTNER("已有合作方"),
    PRICE("价格不合适"),
    OTHER("其他");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static DeclineReason of(String value) {
        return Vocabularies.parse(DeclineReason.class, "婉拒原因", value);
    }
}
