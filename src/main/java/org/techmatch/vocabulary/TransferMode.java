package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How a technology changes hands. Achievements offer these (transferModes) and demands accept them
 * (cooperationModes): one vocabulary for both sides, so compatibility is a set intersection.
 */
public enum TransferMode implements Labelled {
    TRANSFER("转让", "技术转让", "完全转让"),
    LICENCE("许可", "技术许可", "许可转让"),
    EQUITY("作价入股", "技术入股", "入股"),
    JOINT_DEVELOPMENT("合作开发", "合作生产"),
    COMMISSIONED_DEVELOPMENT("委托开发"),
    USE_FIRST_PAY_LATER("先使用后付费");

    private final String label;
    private final List<String> aliases;

    TransferMode(String label, String... aliases) {
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
    public static TransferMode of(String value) {
        return Vocabularies.parse(TransferMode.class, "转化方式", value);
    }
}
