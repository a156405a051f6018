package org.techmatch.matching;

import java.time.Instant;
import org.techmatch.catalog.MoneyRange;

/**
 * The demand's budget against the supply side's asking price, both ranges in 万元, compared as ranges:
 * <ul>
 *   <li>covers: the budget can pay the whole price range (price max ≤ budget max);</li>
 *   <li>overlaps: the ranges meet but the price may exceed the budget (budget max ≥ price min, price max &gt;
 *       budget max), so the two sides must negotiate;</li>
 *   <li>short: the budget is below the lowest price (budget max &lt; price min), a warning;</li>
 *   <li>面议: either side names no amount, nothing to compare.</li>
 * </ul>
 * The values are those the fusion model was fitted with (covers and overlaps 1, short the budget's share of the
 * lowest price × 0.8); only the sentences tell the three cases apart, so the ranking does not move.
 */
final class BudgetFit implements Feature {
    static final String NAME = "budget";
    static final String NEGOTIABLE_PRICE = "价格面议";
    static final String NEGOTIABLE_BUDGET = "预算面议";

    /** How the budget meets the price. */
    enum Fit { COVERS, OVERLAPS, SHORT }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        MoneyRange budget = demand.money();
        MoneyRange price = supply.money();
        if (budget == null || price == null) {
            return FeatureValue.unknown(NAME);
        }
        if (price.isNegotiable() || budget.isNegotiable()) {
            return new FeatureValue(NAME, FeatureValue.UNKNOWN, price.isNegotiable() ? NEGOTIABLE_PRICE
                    : NEGOTIABLE_BUDGET, false);
        }
        return switch (fit(budget, price)) {
            case COVERS -> new FeatureValue(NAME, 1, "预算 " + budget.describe() + "覆盖报价 " + price.describe());
            case OVERLAPS -> new FeatureValue(NAME, 1,
                    "预算 " + budget.describe() + "与报价 " + price.describe() + "部分重叠，需协商");
            case SHORT -> {
                double share = price.minWan() <= 0 ? 0 : budget.maxWan() / price.minWan();
                yield new FeatureValue(NAME, Math.max(0, Math.min(1, share)) * 0.8, "预算 " + budget.describe()
                        + "低于报价下限 " + MoneyRange.between(price.minWan(), price.minWan()).describe());
            }
        };
    }

    /** Both ranges have amounts. */
    static Fit fit(MoneyRange budget, MoneyRange price) {
        if (price.maxWan() <= budget.maxWan()) {
            return Fit.COVERS;
        }
        return budget.maxWan() >= price.minWan() ? Fit.OVERLAPS : Fit.SHORT;
    }
}
