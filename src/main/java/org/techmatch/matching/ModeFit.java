package org.techmatch.matching;

import java.time.Instant;
import java.util.List;
import org.techmatch.vocabulary.TransferMode;

/** Whether a cooperation mode the demand wants is one the supply side offers. */
final class ModeFit implements Feature {
    static final String NAME = "mode";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        if (demand.modes().isEmpty() || supply.modes().isEmpty()) {
            return FeatureValue.unknown(NAME);
        }
        List<TransferMode> common = demand.modes().stream().filter(supply.modes()::contains).toList();
        if (!common.isEmpty()) {
            return new FeatureValue(NAME, 1, "合作方式相符：" + labels(common));
        }
        return new FeatureValue(NAME, 0, "合作方式不同：需求希望" + labels(demand.modes()) + "，供给方提供"
                + labels(supply.modes()));
    }

    private static String labels(List<TransferMode> modes) {
        return String.join("、", modes.stream().map(TransferMode::label).toList());
    }
}
