package org.techmatch.docking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** The kinds of technology contract the statistics report (技术合同登记的分类, plus 先使用后付费). */
public enum ContractKind implements Labelled {
    TRANSFER("技术转让", "转让"),
    LICENCE("技术许可", "许可"),
    DEVELOPMENT("技术开发", "开发", "委托开发", "合作开发"),
    SERVICE("技术服务", "服务", "技术咨询"),
    USE_FIRST_PAY_LATER("先使用后付费");

    private final String label;
    private final List<String> aliases;

    ContractKind(String label, String... aliases) {
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
    public static ContractKind of(String value) {
        return Vocabularies.parse(ContractKind.class, "合同类型", value);
    }
}
