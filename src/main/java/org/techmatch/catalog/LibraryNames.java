package org.techmatch.catalog;

import java.util.List;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.demand.DemandKind;
import org.techmatch.expert.ExpertKind;
import org.techmatch.vocabulary.UnknownValueException;

/** The names a library goes by in paths and options (achievements, 科技成果 …) and its record type. */
public final class LibraryNames {
    private LibraryNames() {
    }

    public static String typeOf(String name) {
        String value = name == null ? "" : name.strip().toLowerCase();
        return switch (value) {
            case "achievements", "achievement", "科技成果", "成果", "科技成果库" -> AchievementKind.TYPE;
            case "demands", "demand", "技术需求", "需求", "企业技术需求库" -> DemandKind.TYPE;
            case "experts", "expert", "专家", "专家团队", "专家团队库" -> ExpertKind.TYPE;
            default -> throw new UnknownValueException("库", name, List.of("achievements", "demands", "experts"));
        };
    }
}
