package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmatch.web.ApiClient;
import org.techmatch.web.ClockedApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The service over HTTP with a hand-moved clock (today is 2026-06-01 in Tianjin), and the steps that bring a
 * fresh challenge to any status through the API itself.
 */
abstract class ChallengeApiTestBase extends ClockedApiTestBase {
    static final String OFFICE = "南开区科学技术局";
    static final String TJU = "天津大学";
    static final String FIRM = "天津海河智能装备有限公司";
    static final String NKU = "南开大学";
    static final String[] OFFICIAL = ApiClient.as("OFFICIAL", OFFICE);
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    static final String[] TJU_USER = ApiClient.as("UNIVERSITY", TJU);
    static final String[] FIRM_USER = ApiClient.as("ENTERPRISE", FIRM);
    static final String[] NKU_REVIEWER = ApiClient.as("REVIEWER", NKU);

    String demand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "高精度谐波减速器柔轮疲劳寿命提升");
        body.put("description", "机器人关节用谐波减速器柔轮寿命不足 3000 小时，寻求材料与热处理方案。");
        body.put("indicators", List.of("寿命：≥ 10000 小时"));
        body.put("enterprise", Map.of("name", "天津北辰精密传动有限公司"));
        body.put("techField", "先进制造与自动化");
        body.put("industry", "C34");
        body.put("expectedMaturity", "通过中试");
        body.put("budget", Map.of("minWan", 100, "maxWan", 200));
        body.put("region", "北辰区");
        return created(api.post("/api/demands", ApiClient.json(body), ApiClient.CITY_OFFICIAL));
    }

    String achievement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "谐波减速器柔轮渗氮强化与残余应力调控技术");
        body.put("description", "离子渗氮结合喷丸强化，柔轮疲劳寿命提高 3 倍。");
        body.put("owner", Map.of("name", TJU, "kind", "高校"));
        body.put("techField", "先进制造与自动化");
        body.put("maturity", "通过中试");
        body.put("keywords", List.of("谐波减速器", "柔轮", "渗氮"));
        return created(api.post("/api/achievements", ApiClient.json(body), TJU_USER));
    }

    static Map<String, Object> challengeBody(String demandId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "机器人关节谐波减速器柔轮长寿命技术攻关");
        body.put("problem", "柔轮疲劳寿命不足制约国产机器人关节可靠性，需突破材料与热处理工艺。");
        body.put("demandIds", demandId == null ? List.of() : List.of(demandId));
        body.put("indicators", List.of("柔轮寿命：≥ 10000 小时", "传动精度：≤ 30 弧秒"));
        body.put("budgetWan", 300);
        body.put("support", Map.of("amountWan", 100, "form", "补助"));
        body.put("applicationDeadline", "2026-06-30");
        body.put("eligibility", "在津高校、科研院所或企业，具有相关研究基础");
        body.put("projectStart", "2026-07-01");
        body.put("projectEnd", "2027-06-30");
        body.put("milestones", List.of(
                Map.of("name", "样件试制", "deliverable", "完成柔轮样件试制并提交第三方疲劳测试报告", "dueDate", "2026-12-31",
                        "sharePercent", 40),
                Map.of("name", "装机验证", "deliverable", "在企业机器人关节上完成 10000 小时台架验证", "dueDate", "2027-06-30",
                        "sharePercent", 60)));
        body.put("office", Map.of("name", OFFICE, "district", "南开区"));
        return body;
    }

    static Map<String, Object> applicationBody(String applicant, String kind, List<String> achievementIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", applicant + "柔轮长寿命方案");
        body.put("applicant", Map.of("name", applicant, "kind", kind));
        body.put("team", Map.of("name", "精密传动课题组", "members", List.of("王立新", "李晓梅")));
        body.put("achievementIds", achievementIds);
        body.put("approach", "采用离子渗氮与喷丸复合强化，优化柔轮齿形与残余应力分布。");
        body.put("maturity", "通过中试");
        body.put("priceWan", 280);
        body.put("schedule", "6 个月完成样件，12 个月完成装机验证");
        return body;
    }

    static Map<String, Object> scores(double... values) {
        Map<String, Object> scores = new LinkedHashMap<>();
        String[] names = {"技术先进性", "方案可行性", "团队实力", "报价合理性"};
        for (int i = 0; i < names.length; i++) {
            scores.put(names[i], values[i]);
        }
        return Map.of("reviewer", "张教授", "scores", scores, "comment", "方案可行");
    }

    /** The reviewers of these tests are assigned to review the challenge (as a district office would). */
    void assignReviewers(String challengeId) {
        for (String[] reviewer : List.of(NKU_REVIEWER, ApiClient.as("REVIEWER", "河北工业大学"),
                ApiClient.as("REVIEWER", TJU))) {
            api.assign(reviewer, challengeId);
        }
    }

    /** A fresh challenge and its first application, brought to status by the API. */
    record Walked(String id, String applicationId) {
    }

    Walked challengeIn(ChallengeStatus status) {
        String id = created(api.post("/api/challenges", ApiClient.json(challengeBody(null)), OFFICIAL));
        assignReviewers(id);
        String app = null;
        for (ChallengeStatus step : path(status)) {
            switch (step) {
                case PUBLISHED -> ok(move(id, "publish", Map.of()));
                case OPEN -> ok(move(id, "open", Map.of()));
                case REVIEWING -> {
                    app = created(api.post("/api/challenges/" + id + "/applications",
                            ApiClient.json(applicationBody(TJU, "高校", List.of())), TJU_USER));
                    ok(move(id, "close", Map.of()));
                }
                case AWARDED -> {
                    ok(api.post("/api/challenges/" + id + "/applications/" + app + "/reviews",
                            ApiClient.json(scores(80, 80, 80, 80)), NKU_REVIEWER));
                    ok(move(id, "award", Map.of("applicationId", app)));
                }
                case EXECUTING -> ok(move(id, "start", Map.of()));
                case ACCEPTED -> {
                    for (int n = 1; n <= 2; n++) {
                        ok(evidence(id, n, "第 " + n + " 阶段材料"));
                        ok(milestoneReview(id, n, "通过", null, OFFICIAL));
                    }
                    ok(move(id, "accept", Map.of()));
                }
                case FAILED -> ok(move(id, "reject", Map.of("reason", "装机验证未达到寿命指标")));
                case TERMINATED -> ok(move(id, "terminate", Map.of("reason", "企业需求变化")));
                case DRAFT -> {
                }
            }
        }
        JsonNode now = api.get("/api/challenges/" + id, Map.of(), OFFICIAL).json();
        assertThat(now.get("status").asString()).isEqualTo(status.label());
        return new Walked(id, app);
    }

    private static List<ChallengeStatus> path(ChallengeStatus target) {
        return switch (target) {
            case DRAFT -> List.of();
            case PUBLISHED -> List.of(ChallengeStatus.PUBLISHED);
            case OPEN -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN);
            case REVIEWING -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.REVIEWING);
            case AWARDED -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.REVIEWING,
                    ChallengeStatus.AWARDED);
            case EXECUTING -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.REVIEWING,
                    ChallengeStatus.AWARDED, ChallengeStatus.EXECUTING);
            case ACCEPTED, FAILED -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.REVIEWING,
                    ChallengeStatus.AWARDED, ChallengeStatus.EXECUTING, target);
            case TERMINATED -> List.of(ChallengeStatus.PUBLISHED, ChallengeStatus.OPEN, ChallengeStatus.TERMINATED);
        };
    }

    ApiClient.Response move(String id, String transition, Map<String, Object> body, String... viewer) {
        return api.post("/api/challenges/" + id + "/" + transition, ApiClient.json(body),
                viewer.length == 0 ? OFFICIAL : viewer);
    }

    ApiClient.Response evidence(String id, int number, String text) {
        return api.post("/api/challenges/" + id + "/milestones/" + number + "/evidence",
                ApiClient.json(Map.of("text", text)), TJU_USER);
    }

    ApiClient.Response milestoneReview(String id, int number, String outcome, String comment, String... viewer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (comment != null) {
            body.put("comment", comment);
        }
        return api.post("/api/challenges/" + id + "/milestones/" + number + "/reviews", ApiClient.json(body), viewer);
    }

    static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static String detail(ApiClient.Response response) {
        return response.json().get("detail").asString();
    }
}
