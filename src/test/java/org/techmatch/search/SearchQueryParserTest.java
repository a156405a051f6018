package org.techmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.ValidationException;

class SearchQueryParserTest {
    private final SearchSchema schema = new AchievementKind().searchSchema();

    @Test
    void filtersAreCanonicalisedToTheIndexedLabels() {
        SearchQuery query = SearchQueryParser.parse(Map.of("q", List.of("锂电池"), "maturity", List.of("中试,样品"),
                "transferMode", List.of("技术许可"), "industry", List.of("医药制造业")), schema);
        assertThat(query.filters()).containsEntry("maturity", List.of("通过中试", "已有样品"))
                .containsEntry("mode", List.of("许可")).containsEntry("industry", List.of("C27"));
        assertThat(query.sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(20);
    }

    @Test
    void withoutTextTheNewestComeFirst() {
        assertThat(SearchQueryParser.parse(Map.of(), schema).sort()).isEqualTo(SortOrder.NEWEST);
    }

    @Test
    void everyBadParameterIsReported() {
        assertThatThrownBy(() -> SearchQueryParser.parse(Map.of("size", List.of("1000"), "page", List.of("x"),
                "maturity", List.of("量子"), "colour", List.of("red"), "createdFrom", List.of("2026/01/01"),
                "priceMin", List.of("-3")), schema))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("size", "page", "maturity", "colour", "createdFrom", "priceMin"));
    }
}
