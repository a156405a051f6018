package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Tianjin's key industry chains (重点产业链, the 链长制 list of 2021), the unit in which the district
 * bureaus plan challenge lists and report results. A record is placed on a chain by
 * {@link IndustryChains#classify}; records that belong to none are {@link #OTHER}.
 */
public enum IndustryChain implements Labelled {
    XINCHUANG("信创"),
    INTEGRATED_CIRCUIT("集成电路"),
    CONNECTED_VEHICLES("车联网"),
    BIOMEDICINE("生物医药"),
    TCM("中医药"),
    NEW_ENERGY("新能源"),
    NEW_MATERIALS("新材料"),
    HIGH_END_EQUIPMENT("高端装备"),
    AUTOMOTIVE("汽车及新能源汽车"),
    GREEN_PETROCHEMICAL("绿色石化"),
    AEROSPACE("航空航天"),
    LIGHT_INDUSTRY("轻工"),
    OTHER("未归入重点产业链", "其他");

    private final String label;
    private final List<String> aliases;

    IndustryChain(String label, String... aliases) {
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
    public static IndustryChain of(String value) {
        return Vocabularies.parse(IndustryChain.class, "产业链", value);
    }
}
