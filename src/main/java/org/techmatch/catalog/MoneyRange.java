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
        return minWan.equals(maxWan) ? format(minWan) + " 万元" : format(minWan) + "–" + format(maxWan) + " 万元";
    }

    private static String format(double wan) {
        return wan == Math.rint(wan) ? String.valueOf((long) wan) : String.valueOf(wan);
    }
}
