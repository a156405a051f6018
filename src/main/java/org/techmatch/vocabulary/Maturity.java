package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Technology maturity (技术成熟度) in the stages the market uses, each mapped to the highest
 * Technology Readiness Level it implies, so that "已有样品 satisfies a demand for 中试" is a number comparison.
 */
public enum Maturity implements Labelled {
    IN_RESEARCH("正在研发", 3, "研发中", "研发阶段"),
    LAB_TESTED("通过小试", 4, "小试", "小试阶段"),
    PILOT_TESTED("通过中试", 6, "中试", "中试阶段"),
    SAMPLE("已有样品", 7, "样品", "样机", "已有样机"),
    MASS_PRODUCTION("可以量产", 9, "量产", "批量生产", "产业化");

    private final String label;
    private final int trl;
    private final List<String> aliases;

    Maturity(String label, int trl, String... aliases) {
        this.label = label;
        this.trl = trl;
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

    /** Technology Readiness Level (1–9) this stage reaches. */
    public int trl() {
        return trl;
    }

    @JsonCreator
    public static Maturity of(String value) {
        return Vocabularies.parse(Maturity.class, "成熟度", value);
    }
}
