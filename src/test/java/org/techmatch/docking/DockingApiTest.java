package org.techmatch.docking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/** Dockings over HTTP: stages forward only, dated steps, the contract, who may record and read, the workbench. */
class DockingApiTest extends ClockedApiTestBase {
    static final String CENTRE = "天津市技术转移中心";
    static final String ENTERPRISE = "天津北辰精密传动有限公司";
    static final String[] WANG = ApiClient.as("MANAGER", CENTRE);
    static final String[] OTHER_CENTRE = ApiClient.as("MANAGER", "滨海新区科技服务中心");
    static final String[] OFFICIAL = ApiClient.as("OFFICIAL", "北辰区科学技术局");

    private String demand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "谐波减速器柔轮寿命提升");
        body.put("description", "柔轮寿命不足 3000 小时。");
        body.put("enterprise", Map.of("name", ENTERPRISE));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C34");
        body.put("region", "北辰区");
        ApiClient.Response created = api.post("/api/demands", ApiClient.json(body), ApiClient.CITY_OFFICIAL);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String achievement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "柔轮渗氮强化技术");
        body.put("description", "离子渗氮结合喷丸强化。");
        body.put("owner", Map.of("name", "天津大学", "kind", "高校"));
        body.put("team", Map.of("name", "精密传动课题组", "members", List.of("王立新")));
        body.put("techField", "先进制造与自动化");
        body.put("maturity", "通过中试");
        return api.post("/api/achievements", ApiClient.json(body), ApiClient.CITY_OFFICIAL).json().get("id").asString();
    }

    private String docking(String date, Map<String, Object> nextAction) {
        return docking(demand(), date, nextAction);
    }

    private String docking(String demandId, String date, Map<String, Object> nextAction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demandId", demandId);
        body.put("achievementId", achievement());
        body.put("manager", Map.of("name", "王敏"));
        body.put("source", "匹配推荐");
        body.put("matchScore", 0.82);
        body.put("date", date);
        body.put("note", "电话介绍双方，企业对渗氮方案感兴趣");
        if (nextAction != null) {
            body.put("nextAction", nextAction);
        }
        ApiClient.Response created = api.post("/api/dockings", ApiClient.json(body), WANG);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private ApiClient.Response step(String id, Map<String, Object> body, String... viewer) {
        return api.post("/api/dockings/" + id + "/steps", ApiClient.json(body), viewer.length == 0 ? WANG : viewer);
    }

    @Test
    void aDockingRunsFromIntroductionToASignedContract() {
        String id = docking("2026-05-10", Map.of("what", "约企业技术总监到天大实验室参观", "dueDate", "2026-05-20"));
        JsonNode created = api.get("/api/dockings/" + id, Map.of(), WANG).json();
        assertThat(created.get("stage").asString()).isEqualTo("初步介绍");
        assertThat(created.get("supplySide").get("name").asString()).isEqualTo("天津大学");
        assertThat(created.get("demandSide").get("name").asString()).isEqualTo(ENTERPRISE);
        assertThat(created.get("team").get("name").asString()).isEqualTo("精密传动课题组");
        assertThat(created.get("region").asString()).isEqualTo("北辰区");
        assertThat(created.get("manager").get("organisation").asString()).isEqualTo(CENTRE);

        assertThat(step(id, Map.of("stage", "见面洽谈", "date", "2026-05-18", "note", "企业赴天大参观中试线")).status())
                .isEqualTo(200);
        assertThat(step(id, Map.of("stage", "见面洽谈", "date", "2026-05-25", "note", "第二次会面，确认指标")).status())
                .isEqualTo(200);
        assertThat(step(id, Map.of("stage", "商务谈判", "date", "2026-05-28", "note", "讨论许可费与提成比例")).status())
                .isEqualTo(200);
        JsonNode signed = step(id, Map.of("stage", "已签约", "date", "2026-06-01", "note", "签订技术许可合同",
                "contract", Map.of("kind", "技术许可", "valueWan", 120, "paymentTerms", "收益提成"))).json();
        assertThat(signed.get("stage").asString()).isEqualTo("已签约");
        assertThat(signed.get("steps")).hasSize(5);
        assertThat(signed.get("contract").get("kind").asString()).isEqualTo("技术许可");
        assertThat(signed.get("contract").get("valueWan").asDouble()).isEqualTo(120);
        assertThat(signed.get("contract").get("signedOn").asString()).isEqualTo("2026-06-01");
        assertThat(signed.has("nextAction")).isFalse();

        ApiClient.Response after = step(id, Map.of("stage", "已放弃", "note", "反悔", "reason", "无"));
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().get("detail").asString()).contains("已签约").contains("不能再记录进展");
    }

    private String demandStatus(String demandId) {
        return api.get("/api/demands/" + demandId, Map.of(), WANG).json().get("status").asString();
    }

    @Test
    void aDemandIsInDockingWhileADockingRunsSolvedOnceSignedAndOpenAgainWhenEveryDockingWasAbandoned() {
        String demandId = demand();
        assertThat(demandStatus(demandId)).isEqualTo("征集中");
        String first = docking(demandId, "2026-05-10", null);
        String second = docking(demandId, "2026-05-12", null);
        assertThat(demandStatus(demandId)).isEqualTo("对接中");

        step(first, Map.of("stage", "已放弃", "date", "2026-05-15", "note", "企业放弃", "reason", "报价过高"));
        assertThat(demandStatus(demandId)).as("the second docking still runs").isEqualTo("对接中");
        step(second, Map.of("stage", "已放弃", "date", "2026-05-16", "note", "团队放弃", "reason", "指标无法达到"));
        assertThat(demandStatus(demandId)).as("every docking abandoned: open for others again").isEqualTo("征集中");
        assertThat(api.get("/api/demands", Map.of("q", "谐波减速器柔轮", "status", "征集中"), WANG).json()
                .get("items")).anyMatch(hit -> hit.get("record").get("id").asString().equals(demandId));

        String third = docking(demandId, "2026-05-20", null);
        assertThat(demandStatus(demandId)).isEqualTo("对接中");
        step(third, Map.of("stage", "已签约", "date", "2026-05-30", "note", "签订技术开发合同",
                "contract", Map.of("kind", "技术开发", "valueWan", 60, "paymentTerms", "分期支付")));
        assertThat(demandStatus(demandId)).isEqualTo("已解决");
        JsonNode audit = api.get("/api/audit", Map.of("recordId", demandId), OFFICIAL).json();
        assertThat(audit.get("total").asLong()).as("created, then four status changes").isEqualTo(5);
        assertThat(audit.get("items").get(0).get("organisation").asString())
                .as("the status change is the manager's, who recorded the contract").isEqualTo(CENTRE);
    }

    @Test
    void aClosedDemandKeepsItsStatusWhateverItsDockingsDo() {
        String demandId = demand();
        assertThat(api.delete("/api/demands/" + demandId, ApiClient.CITY_OFFICIAL).status()).isEqualTo(200);
        docking(demandId, "2026-05-10", null);
        assertThat(demandStatus(demandId)).isEqualTo("已关闭");
    }

    @Test
    void stepsGoForwardOnlyAreDatedSensiblyAndEndWithAContractOrAReason() {
        String id = docking("2026-05-10", null);
        step(id, Map.of("stage", "商务谈判", "date", "2026-05-20", "note", "直接进入谈判"));
        ApiClient.Response back = step(id, Map.of("stage", "见面洽谈", "date", "2026-05-21", "note", "补一次会面"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("detail").asString()).contains("不能从商务谈判退回见面洽谈");
        assertThat(step(id, Map.of("stage", "商务谈判", "date", "2026-05-19", "note", "早于上一步")).status())
                .isEqualTo(400);
        ApiClient.Response future = step(id, Map.of("stage", "商务谈判", "date", "2026-06-02", "note", "明天"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("不能晚于今天 2026-06-01");
        ApiClient.Response noContract = step(id, Map.of("stage", "已签约", "note", "签了"));
        assertThat(noContract.status()).isEqualTo(400);
        ApiClient.Response badContract = step(id, Map.of("stage", "已签约", "note", "签了",
                "contract", Map.of("kind", "技术转让", "valueWan", 0)));
        assertThat(badContract.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("contract.valueWan", "contract.paymentTerms");
        assertThat(step(id, Map.of("stage", "已放弃", "note", "企业放弃")).status()).isEqualTo(400);
        JsonNode abandoned = step(id, Map.of("stage", "已放弃", "note", "企业放弃", "reason", "企业转向自主研发")).json();
        assertThat(abandoned.get("abandonReason").asString()).isEqualTo("企业转向自主研发");
    }

    @Test
    void managersRecordTheirOwnDockingsAndPartiesMayRead() {
        String id = docking("2026-05-10", null);
        Map<String, Object> meeting = Map.of("stage", "见面洽谈", "note", "会面");
        // another centre's manager may not read the docking: it is not there for them (404, not a 403 naming the centre)
        assertThat(step(id, meeting, OTHER_CENTRE).status()).isEqualTo(404);
        assertThat(step(id, meeting, ApiClient.as("ANONYMOUS", null)).status()).as("anonymous").isEqualTo(401);
        for (String role : List.of("ENTERPRISE", "UNIVERSITY", "REVIEWER")) {
            ApiClient.Response refused = step(id, meeting, ApiClient.as(role, ENTERPRISE));
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).contains("记录对接进展");
        }
        assertThat(step(id, meeting, OFFICIAL).status()).isEqualTo(200);

        Map<String, Object> body = Map.of("demandId", demand(), "supplySide", Map.of("name", "河北工业大学", "kind", "高校"),
                "manager", Map.of("name", "李强", "organisation", CENTRE), "note", "人工撮合");
        assertThat(api.post("/api/dockings", ApiClient.json(body), ApiClient.as("ENTERPRISE", ENTERPRISE)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/dockings", ApiClient.json(body), OTHER_CENTRE).status()).isEqualTo(403);
        ApiClient.Response noSupply = api.post("/api/dockings", ApiClient.json(Map.of("demandId", demand(),
                "manager", Map.of("name", "李强"), "note", "缺供给方")), WANG);
        assertThat(noSupply.status()).isEqualTo(400);
        assertThat(api.post("/api/dockings", ApiClient.json(Map.of("demandId", "DEM-999999", "supplySide",
                Map.of("name", "某大学", "kind", "高校"), "manager", Map.of("name", "李强"), "note", "x")), WANG).status())
                .isEqualTo(400);

        assertThat(api.get("/api/dockings/" + id, Map.of(), ApiClient.as("ENTERPRISE", ENTERPRISE)).status()).isEqualTo(200);
        assertThat(api.get("/api/dockings/" + id, Map.of(), ApiClient.as("UNIVERSITY", "天津大学")).status()).isEqualTo(200);
        assertThat(api.get("/api/dockings/" + id, Map.of(), ApiClient.as("UNIVERSITY", "南开大学")).status()).isEqualTo(404);
        assertThat(api.get("/api/dockings/" + id, Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/dockings", Map.of(), ApiClient.as("ENTERPRISE", ENTERPRISE)).status()).isEqualTo(403);
        assertThat(api.get("/api/dockings", Map.of("stage", "见面洽谈"), WANG).json().get("total").asLong()).isPositive();
    }

    @Test
    void theWorkbenchListsMyOpenDockingsWhatIsStalledAndWhatToDoNext() {
        String planned = docking("2026-05-25", Map.of("what", "安排企业赴天大参观", "dueDate", "2026-05-28"));
        String quiet = docking("2026-04-01", null);
        String closed = docking("2026-05-01", null);
        step(closed, Map.of("stage", "已放弃", "note", "放弃", "reason", "预算不足"));

        assertThat(api.get("/api/dockings/workbench", Map.of(), ApiClient.as("ENTERPRISE", ENTERPRISE)).status())
                .isEqualTo(403);
        JsonNode bench = api.get("/api/dockings/workbench", Map.of("manager", "王敏"), WANG).json();
        assertThat(bench.get("scope").asString()).isEqualTo(CENTRE);
        assertThat(bench.get("stalledAfterDays").asInt()).isEqualTo(30);
        List<String> open = ids(bench.get("open"));
        assertThat(open).contains(planned, quiet).doesNotContain(closed);
        // 2026-04-01 → 2026-06-01 is 61 days without a step; 2026-05-25 is 7 days
        assertThat(ids(bench.get("stalled"))).contains(quiet).doesNotContain(planned);
        JsonNode quietItem = find(bench.get("open"), quiet);
        assertThat(quietItem.get("idleDays").asLong()).isEqualTo(61);
        assertThat(quietItem.get("suggested").asBoolean()).isTrue();
        assertThat(quietItem.get("nextAction").asString()).contains("见面洽谈");
        JsonNode plannedItem = find(bench.get("nextActions"), planned);
        assertThat(plannedItem.get("overdue").asBoolean()).isTrue();
        assertThat(ids(bench.get("nextActions")).indexOf(planned)).isLessThan(ids(bench.get("nextActions")).indexOf(quiet));

        assertThat(ids(api.get("/api/dockings/workbench", Map.of(), OTHER_CENTRE).json().get("open")))
                .doesNotContain(planned, quiet);
        assertThat(ids(api.get("/api/dockings/workbench", Map.of("stalledDays", "5"), WANG).json().get("stalled")))
                .contains(planned, quiet);
        clock.advance(Duration.ofDays(40));
        assertThat(ids(api.get("/api/dockings/workbench", Map.of(), WANG).json().get("stalled"))).contains(planned);
        assertThat(api.get("/api/dockings/workbench", Map.of("stalledDays", "0"), WANG).status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new java.util.ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + items);
    }
}
