package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The eight national high-tech fields (国家重点支持的高新技术领域). */
public enum TechField implements Labelled {
    ELECTRONIC_INFORMATION("电子信息"),
    BIO_MEDICINE("生物与新医药", "生物医药"),
    AEROSPACE("航空航天"),
    NEW_MATERIALS("新材料"),
    HIGH_TECH_SERVICES("高技术服务"),
    NEW_ENERGY("新能源与节能", "新能源"),
    RESOURCES_ENVIRONMENT("资源与环境", "资源环保"),
    ADVANCED_MANUFACTURING("先进制造与自动化", "先进制造", "装备制造");

    private final String label;
    private final List<String> aliases;

    TechField(String label, String... aliases) {
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
    public static TechField of(String value) {
        return Vocabularies.parse(TechField.class, "技术领域", value);
    }
}
