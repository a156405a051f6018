package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A technical indicator of a demand: what is measured and the target to reach (「能量密度: ≥ 280 Wh/kg」). */
public record Indicator(String name, String target) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Indicator {
        name = Texts.clean(name);
        target = Texts.clean(target);
    }

    /** Accepts the "name: target" line form (ASCII or full-width colon) used in forms and spreadsheets. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Indicator parse(String line) {
        String text = line == null ? "" : line.strip();
        int colon = indexOfColon(text);
        return colon < 0 ? new Indicator(text, null) : new Indicator(text.substring(0, colon), text.substring(colon + 1));
    }

    private static int indexOfColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }

    @Override
    public String toString() {
        return target == null ? name : name + "：" + target;
    }
}
