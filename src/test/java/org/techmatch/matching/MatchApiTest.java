package org.techmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The matching API over real HTTP on the fixtures, with every vector computed by the real model: rankings
 * agree with the hand-made judgements, every match is explained, 暂无合适匹配 is said instead of padding,
 * invalid records never match, and a write is never answered from a stale cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchApiTest {
    private static final Path JUDGEMENTS = Path.of("fixtures", "judgements");
    private static final String ALL_STATUSES = "征集中,对接中,已解决,已关闭,草稿,已过期";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddingJob embedding;
    @Autowired
    LibraryService<Demand> demands;
    ApiClient api;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-match-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    /** The fixtures' vectors (and those of records earlier tests wrote) computed by the real model. */
    @BeforeEach
    void everyRecordHasItsVector() {
        api = new ApiClient(port).writingAs(ApiClient.CITY_OFFICIAL);
        embedding.runUntilDone();
        assertThat(api.get("/api/semantic/status", Map.of()).json().get("pending").asLong()).isZero();
    }

    @Test
    void theBestMatchesOfJudgedDemandsAreTheirPerfectAchievements() throws IOException {
        Map<String, Set<String>> perfect = judged("2");
        int topIsPerfect = 0;
        int abstained = 0;
        for (var entry : perfect.entrySet()) {
            JsonNode page = matches(demandId(entry.getKey()), Map.of("includeWeak", "true", "size", "3"));
            abstained += page.get("noGoodMatch").asBoolean() ? 1 : 0;
            if (entry.getValue().contains(page.get("matches").get(0).get("title").asString())) {
                topIsPerfect++;
            }
        }
        assertThat(topIsPerfect).as("demands whose first match is judged perfect, of %d", perfect.size())
                .isGreaterThanOrEqualTo((int) (perfect.size() * 0.9));
        assertThat(abstained).as("demands with a perfect achievement answered 暂无合适匹配")
                .isLessThanOrEqualTo(perfect.size() / 20);
    }

    @Test
    void mostDemandsNoAchievementSolvesAreAnsweredWithNoGoodMatch() throws IOException {
        List<String> unmatched = new ArrayList<>();
        try (Stream<Path> files = Files.list(JUDGEMENTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-unmatched.txt")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(String::strip).forEach(unmatched::add);
            }
        }
        int abstained = 0;
        for (String title : unmatched) {
            JsonNode page = matches(demandId(title), Map.of());
            if (page.get("noGoodMatch").asBoolean()) {
                abstained++;
                assertThat(page.get("message").asString()).isEqualTo("暂无合适匹配");
                assertThat(page.get("matches")).as("no padding under the threshold").isEmpty();
            }
        }
        assertThat(abstained).as("of %d unmatched demands", unmatched.size())
                .isGreaterThanOrEqualTo(unmatched.size() / 2);
    }

    @Test
    void everyMatchIsExplainedWithSharedTermsMarkedOnBothSidesAndPlainChineseReasons() {
        JsonNode page = matches(demandId("钢结构焊缝表面缺陷机器视觉在线检测"), Map.of("size", "5"));
        assertThat(page.get("matches")).isNotEmpty();
        for (JsonNode match : page.get("matches")) {
            JsonNode why = match.get("explanation");
            assertThat(match.get("score").asDouble()).isBetween(page.get("threshold").asDouble(), 1.0);
            assertThat(why.get("summary").asString()).startsWith("匹配度 ");
            assertThat(why.get("sharedTerms")).isNotEmpty();
            assertThat(why.get("queryHighlight").asString()).contains("<em>");
            assertThat(why.get("candidateHighlight").asString()).contains("<em>");
            assertThat(why.get("contributions")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.get("text").asString()).isNotBlank());
        }
        assertThat(page.get("matches").get(0).get("explanation").get("contributions").toString())
                .contains("技术领域一致：电子信息");
    }

    /**
     * What the page says is true: the header can tell good matches from weaker candidates, a weak candidate is
     * never good, every reason has a Chinese label beside its machine name, a warning holds the displayed score
     * down, and no generic word is a shared key term.
     */
    @Test
    void weakModeCountsGoodMatchesAndWeakerCandidatesApartAndEveryReasonReadsInChinese() {
        String demand = demandId("钢结构焊缝表面缺陷机器视觉在线检测");
        JsonNode good = matches(demand, Map.of("size", "50"));
        JsonNode weak = matches(demand, Map.of("includeWeak", "true", "size", "50"));
        assertThat(good.get("good").asInt()).isPositive().isEqualTo(good.get("listed").asInt())
                .isEqualTo(good.get("total").asInt());
        assertThat(weak.get("good")).isEqualTo(good.get("good"));
        assertThat(weak.get("listed").asInt()).isGreaterThan(weak.get("good").asInt())
                .isEqualTo(weak.get("total").asInt());
        List<JsonNode> listed = new ArrayList<>();
        weak.get("matches").forEach(listed::add);
        assertThat(listed.stream().filter(m -> m.get("good").asBoolean()).count())
                .isEqualTo(Math.min(50, weak.get("good").asInt()));
        for (JsonNode match : listed) {
            JsonNode why = match.get("explanation");
            assertThat(match.get("good").asBoolean()).isEqualTo(match.get("rankScore").asDouble() >= weak.get(
                    "threshold").asDouble());
            assertThat(why.get("contributions")).allSatisfy(c -> {
                assertThat(c.get("feature").asString()).isNotBlank();
                assertThat(c.get("label").asString()).doesNotContainPattern("[A-Za-z]");
            });
            assertThat(why.get("summary").asString()).doesNotContain("合适匹配");
            why.get("sharedTerms").forEach(t -> assertThat(KeyTerms.isGeneric(t.asString())).as(t.asString()).isFalse());
            boolean warned = !why.get("warnings").isEmpty();
            assertThat(match.get("reserved").asBoolean()).isEqualTo(warned);
            String level = !match.get("good").asBoolean() ? "低"
                    : match.get("rankScore").asDouble() >= ScoreLevel.HIGH_FROM && !warned ? "高" : "中";
            assertThat(match.get("level").asString()).as("匹配度 in words").isEqualTo(level);
            if (warned) {
                assertThat(match.get("score").asDouble()).isLessThanOrEqualTo(Explainer.RESERVED_SCORE_CAP);
                assertThat(why.get("summary").asString()).contains("有保留");
            } else {
                assertThat(match.get("score").asDouble())
                        .isEqualTo(Math.min(match.get("rankScore").asDouble(), Explainer.SHOWN_SCORE_CAP));
            }
        }
    }

    /**
     * The first request ranks and caches; later pages come from the cached ranking, whose feature values and
     * sentences are computed again for the page: they must read exactly as in one long page.
     */
    @Test
    void aLaterPageFromTheCachedRankingReadsAsTheSameMatchesInOneLongPage() {
        String demand = demandId("钢结构焊缝表面缺陷机器视觉在线检测");
        JsonNode first = matches(demand, Map.of("includeWeak", "true", "size", "5"));
        JsonNode second = matches(demand, Map.of("includeWeak", "true", "size", "5", "page", "2"));
        JsonNode whole = matches(demand, Map.of("includeWeak", "true", "size", "10"));
        assertThat(second.get("matches")).hasSize(5);
        for (int i = 0; i < 10; i++) {
            JsonNode paged = i < 5 ? first.get("matches").get(i) : second.get("matches").get(i - 5);
            assertThat(paged).as("match %d", i + 1).isEqualTo(whole.get("matches").get(i));
        }
        assertThat(second.get("total")).isEqualTo(whole.get("total"));
    }

    @Test
    void aNewAchievementIsMatchedAtOnceAndNoLongerOnceWithdrawn() {
        String demand = demandId("钢结构焊缝表面缺陷机器视觉在线检测");
        String top = matches(demand, Map.of()).get("matches").get(0).get("id").asString();
        Map<String, Object> copy = copyOf(api.get("/api/achievements/" + top, Map.of()).json());
        copy.put("title", copy.get("title") + "（第二代）");
        ApiClient.Response created = api.post("/api/achievements", ApiClient.json(copy));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String second = created.json().get("id").asString();
        assertThat(matches(demand, Map.of("size", "10")).get("matches").findValuesAsString("id")).contains(second);

        assertThat(api.delete("/api/achievements/" + second + "?version=1").status()).isEqualTo(200);
        assertThat(matches(demand, Map.of("includeWeak", "true", "size", "50")).get("matches")
                .findValuesAsString("id")).contains(top).doesNotContain(second);
        assertThat(matches(demand, Map.of("includeWeak", "true", "size", "50", "status", "已撤回")).get("matches")
                .findValuesAsString("id")).as("asking for withdrawn candidates finds none").isEmpty();
    }

    @Test
    void anExpiredDemandIsNeverOfferedToAnAchievement() {
        JsonNode source = api.get("/api/demands/" + demandId("退役动力锂电池黑粉中镍钴锂高效回收工艺"), Map.of(),
                ApiClient.CITY_OFFICIAL).json();
        String achievement = matches(source.get("id").asString(), Map.of("includeWeak", "true")).get("matches")
                .get(0).get("id").asString();
        Map<String, Object> copy = copyOf(source);
        copy.put("title", source.get("title").asString() + "（已过有效期）");
        copy.put("validUntil", "2020-01-31");
        // a user may no longer give a past validity; an import carrying history still may
        assertThat(api.post("/api/demands", ApiClient.json(copy)).status()).isEqualTo(400);
        copy.put("status", "征集中");
        copy.put("version", 0);
        String expired = demands.create(tools.jackson.databind.json.JsonMapper.builder().build()
                .convertValue(copy, Demand.class)).id();

        JsonNode offered = api.get("/api/achievements/" + achievement + "/matches",
                Map.of("includeWeak", "true", "size", "50")).json();
        assertThat(offered.get("matches").findValuesAsString("id")).contains(source.get("id").asString())
                .doesNotContain(expired);
    }

    @Test
    void aDraftDemandIsMatchedBeforeItIsSavedAndAnEmptyOneIsRefusedInChinese() {
        JsonNode page = api.post("/api/match", ApiClient.json(Map.of("title", "焊缝缺陷视觉检测",
                "description", "钢结构焊接车间需要在线检测焊缝表面的气孔、裂纹和咬边缺陷，替代人工目视检查。"))).json();
        assertThat(page.get("noGoodMatch").asBoolean()).isFalse();
        assertThat(page.get("matches").get(0).get("title").asString()).contains("焊缝");

        ApiClient.Response empty = api.post("/api/match", ApiClient.json(Map.of("techField", "电子信息")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(empty.json().get("errors").get(0).get("message").asString()).contains("需求名称或需求描述");
    }

    @Test
    void teamsBehindTheBestAchievementsAreMatchedToADemand() {
        JsonNode page = api.get("/api/demands/" + demandId("钢结构焊缝表面缺陷机器视觉在线检测") + "/experts",
                Map.of()).json();
        assertThat(page.get("noGoodMatch").asBoolean()).isFalse();
        assertThat(page.get("matches")).allSatisfy(m -> {
            assertThat(m.get("type").asString()).isEqualTo("expert");
            assertThat(m.get("explanation").get("summary").asString()).startsWith("匹配度 ");
            m.get("explanation").get("contributions").forEach(c -> assertThat(c.get("label").asString())
                    .doesNotContainPattern("[A-Za-z]"));
        });
        assertThat(page.findValuesAsString("label")).as("a team's best achievement leads its reasons")
                .contains("成果匹配");
    }

    @Test
    void filtersNameTheSameFieldsAsSearchAndUnknownOnesAreRefused() {
        String demand = demandId("钢结构焊缝表面缺陷机器视觉在线检测");
        assertThat(api.get("/api/demands/" + demand + "/matches", Map.of("techField", "电子信息")).status())
                .isEqualTo(200);
        ApiClient.Response unknown = api.get("/api/demands/" + demand + "/matches", Map.of("colour", "红"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
        assertThat(api.get("/api/demands/" + demand + "/matches", Map.of("page", "30", "size", "10")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/demands/DEM-999999/matches", Map.of()).status()).isEqualTo(404);
    }

    private JsonNode matches(String demandId, Map<String, String> params) {
        // the judged demands are real and mostly expired: only a manager or an official reads their matches
        ApiClient.Response response = api.get("/api/demands/" + demandId + "/matches", params,
                ApiClient.CITY_OFFICIAL);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String demandId(String title) {
        // every status: as a city-level official (anonymous visitors see published records only)
        JsonNode hits = api.get("/api/demands", Map.of("q", title, "status", ALL_STATUSES, "size", "10"),
                ApiClient.CITY_OFFICIAL).json();
        for (JsonNode hit : hits.get("items")) {
            if (hit.get("record").get("title").asString().equals(title)) {
                return hit.get("record").get("id").asString();
            }
        }
        throw new AssertionError("no fixture demand titled " + title);
    }

    private static Map<String, Set<String>> judged(String grade) throws IOException {
        Map<String, Set<String>> pairs = new HashMap<>();
        try (Stream<Path> files = Files.list(JUDGEMENTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] cols = line.split("\t");
                    if (cols.length == 3 && cols[2].strip().equals(grade)) {
                        pairs.computeIfAbsent(cols[0], k -> new java.util.HashSet<>()).add(cols[1]);
                    }
                }
            }
        }
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyOf(JsonNode record) {
        Map<String, Object> copy = tools.jackson.databind.json.JsonMapper.builder().build()
                .convertValue(record, Map.class);
        for (String system : List.of("id", "version", "status", "createdAt", "updatedAt", "origin")) {
            copy.remove(system);
        }
        return copy;
    }
}
