package org.techmatch.unmet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.techmatch.demand.Demand;
import org.techmatch.text.TextAnalysis;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grouping unmet demands for one challenge on the fixture demands: same field is not enough, the texts must be
 * about the same thing.
 */
class DemandClustersTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.load();
    private final DemandClusters clusters = new DemandClusters(ANALYSIS);

    static List<Demand> fixtureDemands() throws IOException {
        JsonMapper json = JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        List<Demand> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures", "demands"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        all.add(json.readValue(line, Demand.class));
                    }
                }
            }
        }
        return all;
    }

    static Demand titled(List<Demand> all, String part) {
        return all.stream().filter(d -> d.title().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void aWatchHairspringAlloyAndContainerCornerCastingsStayApartThoughBothAreNewMaterials() throws IOException {
        List<Demand> all = fixtureDemands();
        Demand hairspring = titled(all, "游丝");
        Demand castings = titled(all, "集装箱角件");
        assertThat(hairspring.techField()).isEqualTo(castings.techField());
        assertThat(clusters.similarity(hairspring, castings)).isLessThan(DemandClusters.MIN_COSINE);
        assertThat(clusters.cluster(List.of(hairspring, castings))).hasSize(2);
    }

    @Test
    void demandsAboutTheSameSubjectGoTogetherAndAnUnrelatedOneOfTheSameFieldDoesNot() throws IOException {
        List<Demand> all = fixtureDemands();
        Demand plc = titled(all, "产线PLC控制系统国产化");
        Demand simulation = titled(all, "PLC程序离线仿真");
        Demand wastewater = titled(all, "高盐印染废水");
        Demand pharmaWater = titled(all, "原料药生产废水");
        Demand hairspring = titled(all, "游丝");

        List<List<Demand>> groups = clusters.cluster(List.of(plc, hairspring, wastewater, simulation, pharmaWater));

        assertThat(groups).extracting(g -> g.stream().map(Demand::title).toList()).containsExactlyInAnyOrder(
                List.of(plc.title(), simulation.title()), List.of(wastewater.title(), pharmaWater.title()),
                List.of(hairspring.title()));
    }
}
