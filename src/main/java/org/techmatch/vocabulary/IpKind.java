package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Kinds of intellectual property behind an achievement. */
public enum IpKind implements Labelled {
    INVENTION_PATENT("发明专利", "发明"),
    UTILITY_MODEL("实用新型", "实用新型专利"),
    DESIGN("外观设计", "外观专利", "外观设计专利"),
    SOFTWARE_COPYRIGHT("软件著作权", "软著"),
    NON_PATENT("非专利技术", "技术秘密");

    private final String label;
    private final List<String> aliases;

    IpKind(String label, String... aliases) {
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
    public static IpKind of(String value) {
        return Vocabularies.parse(IpKind.class, "知识产权类型", value);
    }
}
