package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** How the government supports a challenge: a grant, innovation vouchers, or a reward paid on success. */
public enum SupportForm implements Labelled {
    GRANT("补助", "财政补助", "资金补助"),
    VOUCHER("创新券"),
    REWARD("奖励", "后补助奖励");

    private final String label;
    private final List<String> aliases;

    SupportForm(String label, String... aliases) {
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
    public static SupportForm of(String value) {
        return Vocabularies.parse(SupportForm.class, "支持方式", value);
    }
}
