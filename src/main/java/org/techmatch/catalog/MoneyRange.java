package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An amount in 万元 (10,000 CNY): a range, a single value (min = max), or 面议 (negotiable, no amount).
 * Used for an achievement's asking price and a demand's budget.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoneyRange(Boolean negotiable, Double minWan, Double maxWan) {
    public MoneyRange {
        if (minWan == null && maxWan != null) {
            minWan = maxWan;
        } else if (maxWan == null && minWan != null) {
            maxWan = minWan;
        }
        negotiable = Boolean.TRUE.equals(negotiable) || (minWan == null && maxWan == null);
        if (negotiable) {
            minWan = null;
            maxWan = null;
        }
    }

    public static MoneyRange between(double minWan, double maxWan) {
        return new MoneyRange(false, minWan, maxWan);
    }

    public boolean isNegotiable() {
        return Boolean.TRUE.equals(negotiable);
    }

    /** 面议, 30 万元 or 50–100 万元. */
    public String describe() {
        if (isNegotiable()) {
            return "面议";
        }
        return minWan.equals(maxWan) ? plain(minWan) + " 万元" : plain(minWan) + "–" + plain(maxWan) + " 万元";
    }

    /** A number as people write it, never with an exponent: 99999999999 not 9.9999999999E10, 0.5 not 5.0E-1. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A value of a field problem or a report cell as text: numbers plain (see {@link #plain}), anything else as is. */
    public static String plainText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return plain(((Number) value).doubleValue());
        }
        return value == null ? null : String.valueOf(value);
    }
}
