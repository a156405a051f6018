package org.techmatch.stats;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.techmatch.catalog.ValidationException;

/** What a breakdown groups by; the path names are those of /api/stats/by/{dimension}. */
enum Dimension {
    DISTRICT("district", "区"),
    TECH_FIELD("techField", "技术领域"),
    CHAIN("chain", "产业链"),
    MONTH("month", "月份");

    private final String pathName;
    private final String label;

    Dimension(String pathName, String label) {
        this.pathName = pathName;
        this.label = label;
    }

    String pathName() {
        return pathName;
    }

    String label() {
        return label;
    }

    static Dimension of(String name) {
        return Arrays.stream(values()).filter(d -> d.pathName.equals(name)).findFirst()
                .orElseThrow(() -> ValidationException.of("dimension", name, "可选："
                        + Arrays.stream(values()).map(d -> d.pathName + "（" + d.label + "）").collect(Collectors.joining("、"))));
    }
}
