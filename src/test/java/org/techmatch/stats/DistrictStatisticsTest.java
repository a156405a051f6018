package org.techmatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import java.nio.charset.StandardCharsets;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.demand.Demand;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Statistics and unmet demands on a small data set whose right answers are worked out by hand below. Today is
 * 2026-06-01 in Tianjin; the engine is a stub (titles starting 【有成果】 have a good match).
 *
 * <pre>
 * achievements  A1 南开 电子信息 I65 2026-03-31 23:30+08 (March in Tianjin) 已发布   → 信创
 *               A2 南开 新材料   C29 2026-04-02 已发布                               → 新材料
 *               A3 津南 生物医药 C27 2026-04-15 已发布 「中药…」                      → 中医药
 *               A4 北辰 先进制造 C34 2026-05-20 已撤回                               → 高端装备
 * demands       D1 北辰 先进制造 C34 2026-02-01 07:00+08 (Jan 31 in UTC) 征集中 good → 高端装备
 *               D2 北辰 电子信息 I65 2026-02-10 征集中 卡脖子 「…数据库」              → 信创
 *               D3 南开 新材料   C29 2026-03-01 对接中                               → 新材料
 *               D4 南开 新材料   C30 2026-05-20 征集中                               → 新材料
 *               D5 津南 生物医药 C27 2026-04-01 征集中 good                          → 生物医药
 *               D6 津南 资源环境 N77 2026-02-20 已关闭 good                          → 未归入
 *               D7 北辰 电子信息 I65 2026-03-15 征集中                               → 信创
 *               D8 滨海 新能源   C38 2026-01-20 征集中 good                          → 新能源
 * dockings      K1 D1×A4 intro 02-10, signed 03-20 技术许可 120 万元
 *               K2 D1×A1 intro 03-01, abandoned 03-15
 *               K3 D3×A2 intro 03-05, meeting 04-01, signed 05-10 技术开发 80.5 万元
 *               K4 D5×A3 intro 04-10, negotiation 05-01
 *               K5 D4×河北工业大学 intro 05-25
 *               (the dockings move their demands: D1 and D3 已解决, D4 and D5 对接中)
 * challenges    C1 南开 里程碑执行: M1 due 05-20 passed 05-15 (40 % of 100 万元), M2 due 05-31 not passed
 *               C2 南开 草稿; C3 南开 揭榜中 (support 100 万元)
 * </pre>
 */
@Import(StubMatchEngine.Config.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistrictStatisticsTest extends ClockedApiTestBase {
    @Autowired
    ShownMatches shown;
    @Autowired
    LibraryService<ShownTally> tallies;
    @Autowired
    LibraryService<Achievement> achievements;
    @Autowired
    LibraryService<Demand> demands;
    @Autowired
    RecordCodec codec;
    static final String[] OFFICIAL = ApiClient.as("OFFICIAL", "南开区科学技术局");
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeEach
    void dataSet() {
        if (!IDS.isEmpty()) {
            return;
        }
        achievement("A1", "面向制造企业的工业互联网平台", "南开区", "电子信息", "I65", "2026-03-31T23:30:00+08:00", "已发布");
        achievement("A2", "高性能工程塑料改性技术", "南开区", "新材料", "C29", "2026-04-02T10:00:00+08:00", "已发布");
        achievement("A3", "中药配方颗粒质量控制技术", "津南区", "生物与新医药", "C27", "2026-04-15T10:00:00+08:00", "已发布");
        achievement("A4", "谐波减速器柔轮强化技术", "北辰区", "先进制造与自动化", "C34", "2026-05-20T10:00:00+08:00", "已撤回");
        demand("D1", "【有成果】机器人减速器柔轮寿命提升", "北辰区", "先进制造与自动化", "C34", "2026-02-01T07:00:00+08:00", "征集中", false);
        demand("D2", "工业控制软件实时数据库", "北辰区", "电子信息", "I65", "2026-02-10T10:00:00+08:00", "征集中", true);
        demand("D3", "耐高温工程塑料配方开发", "南开区", "新材料", "C29", "2026-03-01T10:00:00+08:00", "对接中", false);
        demand("D4", "建筑陶瓷低温烧结工艺", "南开区", "新材料", "C30", "2026-05-20T10:00:00+08:00", "征集中", false);
        demand("D5", "【有成果】抗体药物纯化工艺优化", "津南区", "生物与新医药", "C27", "2026-04-01T10:00:00+08:00", "征集中", false);
        demand("D6", "【有成果】污水处理厂污泥减量", "津南区", "资源与环境", "N77", "2026-02-20T10:00:00+08:00", "已关闭", false);
        demand("D7", "设备预测性维护算法", "北辰区", "电子信息", "I65", "2026-03-15T10:00:00+08:00", "征集中", false);
        demand("D8", "【有成果】储能电池热管理", "滨海新区", "新能源与节能", "C38", "2026-01-20T10:00:00+08:00", "征集中", false);
        String k1 = docking("D1", "A4", null, "2026-02-10");
        step(k1, Map.of("stage", "已签约", "date", "2026-03-20", "note", "签订许可合同",
                "contract", Map.of("kind", "技术许可", "valueWan", 120, "paymentTerms", "收益提成")));
        String k2 = docking("D1", "A1", null, "2026-03-01");
        step(k2, Map.of("stage", "已放弃", "date", "2026-03-15", "note", "不合适", "reason", "技术路线不符"));
        String k3 = docking("D3", "A2", null, "2026-03-05");
        step(k3, Map.of("stage", "见面洽谈", "date", "2026-04-01", "note", "会面"));
        step(k3, Map.of("stage", "已签约", "date", "2026-05-10", "note", "签订开发合同",
                "contract", Map.of("kind", "技术开发", "valueWan", 80.5, "paymentTerms", "分期支付")));
        String k4 = docking("D5", "A3", null, "2026-04-10");
        step(k4, Map.of("stage", "商务谈判", "date", "2026-05-01", "note", "谈判"));
        docking("D4", null, "河北工业大学", "2026-05-25");
        challenges();
    }

    @Test
    @Order(1)
    void theOverviewAddsUpTheDistrictTotals() {
        JsonNode o = ok(api.get("/api/stats/overview", Map.of(), OFFICIAL));
        assertThat(o.get("district").asString()).isEqualTo("全部");
        assertThat(o.get("asOf").asString()).isEqualTo("2026-06-01");
        assertThat(o.get("achievements").get("total").asLong()).isEqualTo(4);
        assertThat(o.get("achievements").get("live").asLong()).isEqualTo(3);  // A4 withdrawn
        assertThat(o.get("demands").get("total").asLong()).isEqualTo(8);
        // D6 closed; D1 and D3 solved (已解决) by their signed contracts; D4, D5 in docking, D2, D7, D8 open
        assertThat(o.get("demands").get("live").asLong()).isEqualTo(5);
        assertThat(o.get("demands").get("chokepoint").asLong()).isEqualTo(1); // D2
        assertThat(o.get("dockings").asLong()).isEqualTo(5);
        assertThat(map(o.get("dockingsByStage"))).containsExactly(Map.entry("初步介绍", 1.0), Map.entry("见面洽谈", 0.0),
                Map.entry("商务谈判", 1.0), Map.entry("已签约", 2.0), Map.entry("已放弃", 1.0));
        JsonNode contracts = o.get("contracts");
        assertThat(contracts.get("count").asLong()).isEqualTo(2);
        assertThat(contracts.get("valueWan").asDouble()).isEqualTo(200.5);   // 120 + 80.5
        assertThat(contracts.get("byKind").get("技术许可").get("valueWan").asDouble()).isEqualTo(120);
        assertThat(contracts.get("byKind").get("技术开发").get("valueWan").asDouble()).isEqualTo(80.5);

        JsonNode bichen = ok(api.get("/api/stats/overview", Map.of("district", "北辰"), MANAGER));
        assertThat(bichen.get("district").asString()).isEqualTo("北辰区");
        assertThat(bichen.get("achievements").get("total").asLong()).isEqualTo(1);  // A4
        assertThat(bichen.get("demands").get("total").asLong()).isEqualTo(3);       // D1 D2 D7
        assertThat(bichen.get("dockings").asLong()).isEqualTo(2);                   // K1 K2 (by the demand's district)
        assertThat(bichen.get("contracts").get("valueWan").asDouble()).isEqualTo(120);

        assertThat(api.get("/api/stats/overview", Map.of(), ApiClient.as("ENTERPRISE", "某公司")).status()).isEqualTo(403);
        assertThat(api.get("/api/stats/overview", Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/stats/overview", Map.of("district", "火星区"), OFFICIAL).status()).isEqualTo(400);
    }

    @Test
    @Order(2)
    void theFunnelNarrowsFromDemandsToContracts() {
        JsonNode f = ok(api.get("/api/stats/funnel", Map.of(), OFFICIAL));
        assertThat(f.get("demands").asLong()).isEqualTo(8);    // none is a draft
        assertThat(f.get("matched").asLong()).isEqualTo(6);    // docked D1 D3 D4 D5 + good D6 D8 (D1 D5 also good)
        assertThat(f.get("interested").asLong()).isEqualTo(4); // no interest yet: the docked ones
        assertThat(f.get("docked").asLong()).isEqualTo(4);     // D1 D3 D4 D5
        assertThat(f.get("contracted").asLong()).isEqualTo(2); // D1 D3
        JsonNode jinnan = ok(api.get("/api/stats/funnel", Map.of("district", "津南区"), OFFICIAL));
        assertThat(List.of(jinnan.get("demands").asLong(), jinnan.get("matched").asLong(), jinnan.get("docked").asLong(),
                jinnan.get("contracted").asLong())).containsExactly(2L, 2L, 1L, 0L); // D5 D6; D5 docked
    }

    @Test
    @Order(3)
    void breakdownsCountEachRecordUnderItsDistrictFieldChainAndMonth() {
        // key, achievements, demands, dockings, contracts, value
        assertThat(rows("district")).containsExactly(
                "南开区 2 2 2 1 80.5", "津南区 1 2 1 0 0.0", "北辰区 1 3 2 1 120.0", "滨海新区 0 1 0 0 0.0");
        assertThat(rows("techField")).containsExactly(
                "电子信息 1 2 0 0 0.0", "生物与新医药 1 1 1 0 0.0", "新材料 1 2 2 1 80.5", "新能源与节能 0 1 0 0 0.0",
                "资源与环境 0 1 0 0 0.0", "先进制造与自动化 1 1 2 1 120.0");
        assertThat(rows("chain")).containsExactly(
                "信创 1 2 0 0 0.0", "生物医药 0 1 1 0 0.0", "中医药 1 0 0 0 0.0", "新能源 0 1 0 0 0.0",
                "新材料 1 2 2 1 80.5", "高端装备 1 1 2 1 120.0", "未归入重点产业链 0 1 0 0 0.0");
        // achievements and demands by creation (Tianjin calendar), dockings by introduction, contracts by signing
        assertThat(rows("month")).containsExactly(
                "2026-01 0 1 0 0 0.0", "2026-02 0 3 1 0 0.0", "2026-03 1 2 2 1 120.0", "2026-04 2 1 1 0 0.0",
                "2026-05 1 1 1 1 80.5");
        assertThat(api.get("/api/stats/by/colour", Map.of(), OFFICIAL).status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void challengeProgressCountsMilestonesOnTimeAndOverdue() {
        JsonNode c = ok(api.get("/api/stats/challenges", Map.of(), OFFICIAL));
        assertThat(c.get("total").asLong()).isEqualTo(3);
        assertThat(c.get("byStatus").get("草稿").asLong()).isEqualTo(1);
        assertThat(c.get("byStatus").get("揭榜中").asLong()).isEqualTo(1);
        assertThat(c.get("byStatus").get("里程碑执行").asLong()).isEqualTo(1);
        assertThat(c.get("published").asLong()).isEqualTo(2);
        assertThat(c.get("awarded").asLong()).isEqualTo(1);
        assertThat(c.get("milestones").asLong()).isEqualTo(2);
        assertThat(c.get("milestonesPassed").asLong()).isEqualTo(1);
        assertThat(c.get("milestonesOnTime").asLong()).isEqualTo(1);   // passed 05-15, due 05-20
        assertThat(c.get("milestonesLate").asLong()).isZero();
        assertThat(c.get("milestonesOverdue").asLong()).isEqualTo(1);  // due 05-31, today 06-01
        assertThat(c.get("supportWan").asDouble()).isEqualTo(200);     // C1 + C3
        assertThat(c.get("supportReleasedWan").asDouble()).isEqualTo(40);
    }

    @Test
    @Order(5)
    void theWorkbookHoldsTheSameNumbers() throws Exception {
        var response = api.download("/api/stats/export.xlsx", OFFICIAL);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElseThrow()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7);
            assertThat(book.getSheetName(0)).isEqualTo("总览");
            Sheet overview = book.getSheet("总览");
            assertThat(valueOf(overview, "技术合同成交额（万元）")).isEqualTo(200.5);
            assertThat(valueOf(overview, "技术需求（全部）")).isEqualTo(8);
            Sheet districts = book.getSheet("按区");
            assertThat(districts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("南开区");
            assertThat(districts.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(120);
            assertThat(valueOf(book.getSheet("转化漏斗"), "已签约")).isEqualTo(2);
            assertThat(valueOf(book.getSheet("揭榜挂帅"), "里程碑：逾期未完成")).isEqualTo(1);
        }
    }

    @Test
    @Order(6)
    void unmetDemandsAreOldOpenUndockedAndWithoutAGoodMatch() {
        JsonNode unmet = ok(api.get("/api/demands/unmet", Map.of(), MANAGER));
        assertThat(unmet.get("openDays").asInt()).isEqualTo(30);
        // open > 30 days and no live docking: D2 D7 D8 (D1 D3 D5 are docked, D4 is 12 days old, D6 closed)
        assertThat(unmet.get("considered").asInt()).isEqualTo(3);
        assertThat(unmet.get("unmet").asInt()).isEqualTo(2); // D8 has a good match
        // same field and chain, but a real-time database and a maintenance algorithm do not belong in one challenge
        assertThat(unmet.get("groups")).hasSize(2);
        JsonNode group = unmet.get("groups").get(0);
        assertThat(group.get("techField").asString()).isEqualTo("电子信息");
        assertThat(group.get("chain").asString()).isEqualTo("信创");
        assertThat(group.get("demands")).extracting(d -> d.get("id").asString())
                .containsExactly(IDS.get("D2")); // 111 days open
        assertThat(unmet.get("groups").get(1).get("demands")).extracting(d -> d.get("id").asString())
                .containsExactly(IDS.get("D7"));
        assertThat(group.get("demands").get(0).get("openDays").asLong()).isEqualTo(111);
        assertThat(group.get("demands").get(0).get("bestScore").asDouble()).isEqualTo(0.3);
        assertThat(ok(api.get("/api/demands/unmet", Map.of("days", "100"), MANAGER)).get("unmet").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/api/demands/unmet", Map.of("chain", "新材料"), MANAGER)).get("groups")).isEmpty();
        assertThat(api.get("/api/demands/unmet", Map.of(), ApiClient.as("ENTERPRISE", "某公司")).status()).isEqualTo(403);
        assertThat(api.get("/api/demands/unmet", Map.of("chain", "造船"), MANAGER).status()).isEqualTo(400);

        ApiClient.Response draft = api.post("/api/demands/unmet/draft-challenge",
                ApiClient.json(Map.of("techField", "电子信息", "chain", "信创")), OFFICIAL);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        JsonNode challenge = draft.json();
        assertThat(challenge.get("status").asString()).isEqualTo("草稿");
        assertThat(challenge.get("demandIds")).extracting(JsonNode::asString).containsExactly(IDS.get("D2"));
        assertThat(challenge.get("techField").asString()).isEqualTo("电子信息");
        assertThat(challenge.get("problem").asString()).contains("汇集 1 项").contains("工业控制软件实时数据库");
        // a city-level official (as() accounts answer for every district): the office is the demands' district's
        assertThat(challenge.get("office").get("district").asString()).isEqualTo("北辰区");
        assertThat(challenge.get("office").get("name").asString()).isEqualTo("北辰区科学技术局");
        assertThat(challenge.get("criteria")).hasSize(4);
        assertThat(api.post("/api/demands/unmet/draft-challenge", ApiClient.json(Map.of("techField", "电子信息",
                "chain", "信创")), ApiClient.as("REVIEWER", "南开大学")).status()).isEqualTo(403);
    }

    private void achievement(String key, String title, String region, String field, String industry, String created,
                             String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "的技术说明。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("techField", field);
        body.put("industry", industry);
        body.put("maturity", "通过中试");
        body.put("region", region);
        body.put("status", status);
        body.put("createdAt", created);
        // a history (creation dates, withdrawn records) is stored as an import would, not through a user's POST,
        // which takes neither a creation date nor a status other than a draft
        IDS.put(key, achievements.create(codec.decode(ApiClient.json(body).getBytes(StandardCharsets.UTF_8),
                Achievement.class)).id());
    }

    private void demand(String key, String title, String region, String field, String industry, String created,
                        String status, boolean chokepoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "的需求说明。");
        body.put("enterprise", Map.of("name", region + "某企业"));
        body.put("techField", field);
        body.put("industry", industry);
        body.put("region", region);
        body.put("status", status);
        body.put("chokepoint", chokepoint);
        body.put("createdAt", created);
        IDS.put(key, demands.create(codec.decode(ApiClient.json(body).getBytes(StandardCharsets.UTF_8),
                Demand.class)).id());
    }

    private String docking(String demand, String achievement, String supplier, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demandId", IDS.get(demand));
        if (achievement != null) {
            body.put("achievementId", IDS.get(achievement));
        } else {
            body.put("supplySide", Map.of("name", supplier, "kind", "高校"));
        }
        body.put("manager", Map.of("name", "王敏"));
        body.put("date", date);
        body.put("note", "介绍双方");
        return created(api.post("/api/dockings", ApiClient.json(body), MANAGER));
    }

    private void step(String docking, Map<String, Object> body) {
        ok(api.post("/api/dockings/" + docking + "/steps", ApiClient.json(body), MANAGER));
    }

    /** C1 is drafted on 2026-04-02 and run to its milestones; C2 stays a draft; C3 is open. */
    private void challenges() {
        clock.advance(Duration.ofDays(-60));
        Map<String, Object> c1 = challenge("2026-04-30", "2026-05-01", "2026-12-31", "2026-05-20", "2026-05-31");
        String id = created(api.post("/api/challenges", ApiClient.json(c1), OFFICIAL));
        api.assign(ApiClient.as("REVIEWER", "南开大学"), id);
        ok(api.post("/api/challenges/" + id + "/publish", "{}", OFFICIAL));
        ok(api.post("/api/challenges/" + id + "/open", "{}", OFFICIAL));
        String app = created(api.post("/api/challenges/" + id + "/applications", ApiClient.json(Map.of(
                "title", "方案", "applicant", Map.of("name", "天津大学", "kind", "高校"), "approach", "技术路线")),
                ApiClient.as("UNIVERSITY", "天津大学")));
        ok(api.post("/api/challenges/" + id + "/close", "{}", OFFICIAL));
        ok(api.post("/api/challenges/" + id + "/applications/" + app + "/reviews", ApiClient.json(Map.of("reviewer", "张教授",
                "scores", Map.of("技术先进性", 80, "方案可行性", 80, "团队实力", 80, "报价合理性", 80))),
                ApiClient.as("REVIEWER", "南开大学")));
        ok(api.post("/api/challenges/" + id + "/award", ApiClient.json(Map.of("applicationId", app)), OFFICIAL));
        ok(api.post("/api/challenges/" + id + "/start", "{}", OFFICIAL));
        clock.reset();
        clock.advance(Duration.ofDays(-17)); // 2026-05-15
        ok(api.post("/api/challenges/" + id + "/milestones/1/evidence", ApiClient.json(Map.of("text", "样件报告")),
                ApiClient.as("UNIVERSITY", "天津大学")));
        ok(api.post("/api/challenges/" + id + "/milestones/1/reviews", ApiClient.json(Map.of("outcome", "通过")), OFFICIAL));
        clock.reset();
        created(api.post("/api/challenges", ApiClient.json(challenge("2026-06-30", "2026-07-01", "2027-06-30",
                "2026-12-31", "2027-06-30")), OFFICIAL));
        String c3 = created(api.post("/api/challenges", ApiClient.json(challenge("2026-06-30", "2026-07-01",
                "2027-06-30", "2026-12-31", "2027-06-30")), OFFICIAL));
        ok(api.post("/api/challenges/" + c3 + "/publish", "{}", OFFICIAL));
        ok(api.post("/api/challenges/" + c3 + "/open", "{}", OFFICIAL));
    }

    private static Map<String, Object> challenge(String deadline, String start, String end, String m1, String m2) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "统计测试榜单");
        body.put("problem", "测试");
        body.put("budgetWan", 300);
        body.put("support", Map.of("amountWan", 100, "form", "补助"));
        body.put("applicationDeadline", deadline);
        body.put("projectStart", start);
        body.put("projectEnd", end);
        body.put("milestones", List.of(
                Map.of("name", "一", "deliverable", "样件", "dueDate", m1, "sharePercent", 40),
                Map.of("name", "二", "deliverable", "验证", "dueDate", m2, "sharePercent", 60)));
        body.put("office", Map.of("name", "南开区科学技术局", "district", "南开区"));
        return body;
    }

    private List<String> rows(String dimension) {
        List<String> rows = new ArrayList<>();
        ok(api.get("/api/stats/by/" + dimension, Map.of(), OFFICIAL)).get("rows").forEach(r -> rows.add(
                r.get("key").asString() + " " + r.get("achievements").asLong() + " " + r.get("demands").asLong() + " "
                        + r.get("dockings").asLong() + " " + r.get("contracts").asLong() + " "
                        + r.get("contractValueWan").asDouble()));
        return rows;
    }

    private static Map<String, Double> map(JsonNode object) {
        Map<String, Double> values = new LinkedHashMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asDouble()));
        return values;
    }

    @Test
    @Order(7)
    void matchesShownAreCountedUnderTheDemandsDistrictAndMonthAndStored() {
        long before = ok(api.get("/api/stats/overview", Map.of(), OFFICIAL)).get("matchesShown").asLong();
        ok(api.get("/api/demands/" + IDS.get("D1") + "/matches", Map.of(), MANAGER));     // one good match
        ok(api.get("/api/demands/" + IDS.get("D1") + "/matches", Map.of(), MANAGER));     // the same viewer again
        ok(api.get("/api/demands/" + IDS.get("D1") + "/matches", Map.of(), ApiClient.CITY_OFFICIAL)); // another viewer
        ok(api.get("/api/demands/" + IDS.get("D2") + "/matches", Map.of("includeWeak", "true"), MANAGER));
        ok(api.get("/api/demands/" + IDS.get("D4") + "/matches", Map.of(), MANAGER));     // 暂无合适匹配: none shown

        JsonNode all = ok(api.get("/api/stats/overview", Map.of(), OFFICIAL));
        assertThat(all.get("matchesShown").asLong()).isEqualTo(before + 3);
        assertThat(ok(api.get("/api/stats/overview", Map.of("district", "北辰区"), OFFICIAL)).get("matchesShown")
                .asLong()).isEqualTo(before + 3);                                          // D1 D2 are 北辰
        assertThat(ok(api.get("/api/stats/overview", Map.of("district", "南开区"), OFFICIAL)).get("matchesShown")
                .asLong()).isZero();
        assertThat(row(ok(api.get("/api/stats/by/month", Map.of(), OFFICIAL)), "2026-06").get("matchesShown").asLong())
                .isEqualTo(before + 3);                                                    // the clock's month
        assertThat(row(ok(api.get("/api/stats/by/techField", Map.of(), OFFICIAL)), "电子信息").get("matchesShown").asLong())
                .isEqualTo(1);                                                             // D2

        shown.flush();
        assertThat(tallies.all().stream().mapToLong(ShownTally::count).sum()).isEqualTo(before + 3);
        assertThat(ok(api.get("/api/stats/overview", Map.of(), OFFICIAL)).get("matchesShown").asLong())
                .isEqualTo(before + 3);                                                    // stored, not counted twice

        int storedTallies = tallies.all().size();
        ok(api.get("/api/demands/" + IDS.get("D2") + "/matches", Map.of("includeWeak", "true"),
                ApiClient.CITY_OFFICIAL));                                                 // D2's tally again
        shown.flush();
        assertThat(tallies.all()).as("the stored tally of D2's key is updated, not stored twice")
                .hasSize(storedTallies);
        assertThat(tallies.all().stream().mapToLong(ShownTally::count).sum()).isEqualTo(before + 4);
        assertThat(ok(api.get("/api/stats/overview", Map.of(), OFFICIAL)).get("matchesShown").asLong())
                .isEqualTo(before + 4);
    }

    private static JsonNode row(JsonNode breakdown, String key) {
        for (JsonNode row : breakdown.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + breakdown);
    }

    private static double valueOf(Sheet sheet, String label) {
        for (var row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError(label + " not in sheet " + sheet.getSheetName());
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
