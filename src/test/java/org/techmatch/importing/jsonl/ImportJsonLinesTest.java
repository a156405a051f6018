package org.techmatch.importing.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import tools.jackson.databind.json.JsonMapper;

/** Our own JSON Lines: one outcome per non-blank line, with the API's strictness and Chinese reasons. */
class ImportJsonLinesTest {
    private static final String GOOD = "{\"title\": \"石墨烯改性防腐涂料\", \"description\": \"耐盐雾 3000 小时。\", "
            + "\"owner\": {\"name\": \"天津大学\", \"kind\": \"高校\"}, \"techField\": \"新材料\", \"maturity\": \"中试\"}";

    @Test
    void everyLineIsOneOutcomeWithItsReason() {
        String file = "\uFEFF" + GOOD + "\n\n"
                + GOOD.replace("\"中试\"", "\"实验室\"") + "\n"
                + GOOD.replace("\"title\"", "\"name\"") + "\n"
                + "{not json\n"
                + GOOD.replace("\"石墨烯改性防腐涂料\"", "\"\"") + "\n";
        List<RowOutcome<Achievement>> outcomes;
        try (var rows = new JsonLinesRows<>(new AchievementKind(), JsonMapper.builder().build())
                .outcomes(new BufferedReader(new StringReader(file)))) {
            outcomes = rows.toList();
        }
        assertThat(outcomes).extracting(RowOutcome::rowNumber).containsExactly(1, 3, 4, 5, 6);
        assertThat(outcomes.getFirst().record()).hasValueSatisfying(a ->
                assertThat(a.maturity().label()).isEqualTo("通过中试"));
        assertThat(reason(outcomes.get(1))).isEqualTo("maturity：「实验室」不是有效的成熟度，可选值：正在研发、通过小试、通过中试、已有样品、可以量产");
        assertThat(reason(outcomes.get(2))).isEqualTo("name：未知字段「name」");
        assertThat(reason(outcomes.get(3))).startsWith("（整行）：不是合法的 JSON");
        assertThat(reason(outcomes.get(4))).isEqualTo("title：未通过科技成果校验：必填");
    }

    private static String reason(RowOutcome<Achievement> outcome) {
        RowProblem first = ((RowOutcome.Rejected<Achievement>) outcome).problems().getFirst();
        return first.field() + "：" + first.reason();
    }
}
