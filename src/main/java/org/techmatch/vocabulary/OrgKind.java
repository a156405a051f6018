package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The kind of organisation that owns an achievement (高校 / 科研院所 / 企业 / 其他). */
public enum OrgKind implements Labelled {
    UNIVERSITY("高校", "大学", "高等院校"),
    INSTITUTE("科研院所", "院所", "研究所", "科研机构"),
    ENTERPRISE("企业", "公司"),
    OTHER("其他");

    private final String label;
    private final List<String> aliases;

    OrgKind(String label, String... aliases) {
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
    public static OrgKind of(String value) {
        return Vocabularies.parse(OrgKind.class, "机构类型", value);
    }
}
