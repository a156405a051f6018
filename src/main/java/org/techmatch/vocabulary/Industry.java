package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A GB/T 4754-2017 industry: a section (门类, letter) and, usually, a division (大类, two digits).
 * A section alone is allowed because demands often name only the 门类.
 * Written as its code ("C38" or "C"); read from a code or a Chinese name, see {@link IndustryCatalog}.
 */
public record Industry(String sectionCode, String sectionName, String divisionCode, String divisionName) {

    @JsonValue
    public String code() {
        return divisionCode == null ? sectionCode : sectionCode + divisionCode;
    }

    /** 制造业——医药制造业, the form the market and the statistics use. */
    public String displayName() {
        return divisionName == null ? sectionName : sectionName + "——" + divisionName;
    }

    public boolean isSectionOnly() {
        return divisionCode == null;
    }

    @JsonCreator
    public static Industry of(String value) {
        return IndustryCatalog.standard().lookup(value);
    }
}
