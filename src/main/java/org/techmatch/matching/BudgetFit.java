package org.techmatch.matching;

import java.time.Instant;
import org.techmatch.catalog.MoneyRange;

/** The demand's budget against the supply side's asking price, both in 万元. */
final class BudgetFit implements Feature {
    static final String NAME = "budget";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        MoneyRange budget = demand.money();
        MoneyRange price = supply.money();
        if (budget == null || price == null || budget.isNegotiable() || price.isNegotiable()) {
            return FeatureValue.unknown(NAME);
        }
        if (budget.maxWan() >= price.minWan()) {
            return new FeatureValue(NAME, 1, "预算 " + budget.describe() + " ≥ 报价 " + price.describe());
        }
        double share = price.minWan() <= 0 ? 0 : budget.maxWan() / price.minWan();
        return new FeatureValue(NAME, Math.max(0, Math.min(1, share)) * 0.8,
                "预算 " + budget.describe() + " 低于报价 " + price.describe());
    }
}
