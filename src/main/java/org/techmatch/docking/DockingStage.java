package org.techmatch.docking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** The stages of a docking, in order; 已签约 and 已放弃 end it. */
public enum DockingStage implements Labelled {
    INTRODUCTION("初步介绍", "介绍", "引荐"),
    MEETING("见面洽谈", "会面", "洽谈"),
    NEGOTIATION("商务谈判", "谈判"),
    SIGNED("已签约", "签约", "签订合同"),
    ABANDONED("已放弃", "放弃", "终止");

    private final String label;
    private final List<String> aliases;

    DockingStage(String label, String... aliases) {
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

    public boolean isFinal() {
        return this == SIGNED || this == ABANDONED;
    }

    @JsonCreator
    public static DockingStage of(String value) {
        return Vocabularies.parse(DockingStage.class, "对接阶段", value);
    }
}
