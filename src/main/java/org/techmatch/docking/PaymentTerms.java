package org.techmatch.docking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** How a signed contract is paid. */
public enum PaymentTerms implements Labelled {
    LUMP_SUM("一次性支付", "一次性"),
    MILESTONES("分期支付", "里程碑支付", "按里程碑支付", "分期"),
    REVENUE_SHARE("收益提成", "提成", "销售提成");

    private final String label;
    private final List<String> aliases;

    PaymentTerms(String label, String... aliases) {
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
    public static PaymentTerms of(String value) {
        return Vocabularies.parse(PaymentTerms.class, "支付方式", value);
    }
}
