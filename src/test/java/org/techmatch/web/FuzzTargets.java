package org.techmatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Real ids and record bodies of the fixture libraries, found through the API, so the fuzzer reaches the code
 * behind each endpoint (a made-up id would mostly stop at 404).
 */
record FuzzTargets(String achievement, String demand, String expert, String challenge, String applicationChallenge,
                   String application, String docking, Map<String, String> bodies, List<String[]> identities) {

    static final String[] OFFICIAL = ApiClient.as("OFFICIAL", "滨海新区科学技术局");
    static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");

    static FuzzTargets discover(ApiClient api) {
        String achievement = firstId(api, "/api/achievements", MANAGER);
        String demand = firstId(api, "/api/demands", MANAGER);
        String expert = firstId(api, "/api/experts", MANAGER);
        String challenge = firstId(api, "/api/challenges", OFFICIAL);
        String docking = firstId(api, "/api/dockings", OFFICIAL);
        String applicationChallenge = challenge;
        String application = "APP-000001";
        for (JsonNode hit : api.get("/api/challenges", Map.of("size", "50"), OFFICIAL).json().get("items")) {
            String id = id(hit);
            JsonNode apps = api.get("/api/challenges/" + id + "/applications", Map.of(), OFFICIAL).json().get("items");
            if (apps != null && !apps.isEmpty()) {
                applicationChallenge = id;
                JsonNode first = apps.get(0);
                application = (first.has("application") ? first.get("application") : first).get("id").asString();
                break;
            }
        }
        String firm = api.get("/api/demands/" + demand, Map.of(), MANAGER).json().path("enterprise").path("name")
                .asString("天津北辰华建重型钢构有限公司");
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("achievement", api.get("/api/achievements/" + achievement, Map.of(), MANAGER).body());
        bodies.put("demand", api.get("/api/demands/" + demand, Map.of(), MANAGER).body());
        bodies.put("expert", api.get("/api/experts/" + expert, Map.of(), MANAGER).body());
        bodies.put("challenge", api.get("/api/challenges/" + challenge, Map.of(), OFFICIAL).body());
        bodies.put("docking", ApiClient.json(Map.of("demandId", demand, "achievementId", achievement,
                "manager", Map.of("name", "王敏"), "source", "匹配推荐", "matchScore", 0.83, "note", "电话介绍双方",
                "nextAction", Map.of("what", "安排企业赴实验室", "dueDate", "2026-12-10"))));
        bodies.put("step", ApiClient.json(Map.of("stage", "见面洽谈", "note", "双方会面", "date", "2026-11-01",
                "contract", Map.of("kind", "技术许可", "valueWan", 100, "paymentTerms", "收益提成"))));
        bodies.put("transition", ApiClient.json(Map.of("version", 1, "reason", "测试原因", "applicationId", application)));
        bodies.put("application", ApiClient.json(Map.of("title", "多信号融合预警方案",
                "applicant", Map.of("name", "天津大学", "kind", "高校"), "achievementIds", List.of(achievement),
                "approach", "融合声发射、气体与温度信号构建预警模型。", "maturity", "通过中试", "priceWan", 240,
                "schedule", "5 个月完成样机")));
        bodies.put("review", ApiClient.json(Map.of("reviewer", "钱教授", "scores", Map.of("技术先进性", 90, "方案可行性", 88),
                "comment", "方案可行")));
        bodies.put("evidence", ApiClient.json(Map.of("text", "试验报告：预警提前 9 分钟")));
        bodies.put("milestoneReview", ApiClient.json(Map.of("outcome", "需整改", "comment", "示范期不足", "reviewer", "钱教授")));
        bodies.put("match", ApiClient.json(Map.of("title", "焊缝缺陷视觉检测", "description", "钢结构焊接车间需要在线检测焊缝表面缺陷。")));
        bodies.put("demandIds", ApiClient.json(Map.of("demandIds", List.of(demand))));
        bodies.put("group", ApiClient.json(Map.of("techField", "电子信息", "chain", "信创")));
        bodies.put("keep", ApiClient.json(Map.of("keep", achievement)));
        bodies.put("backup", ApiClient.json(Map.of("to", "fuzz")));
        // Raw requests carry real credentials (HTTP Basic of an account per role), so hostile bodies, queries and
        // paths reach validation behind the sign-in; the role headers alone would make every one an anonymous 401.
        List<String[]> identities = new ArrayList<>();
        identities.add(new String[0]);
        for (String[] identity : List.of(MANAGER, OFFICIAL, ApiClient.as("ENTERPRISE", firm),
                ApiClient.as("UNIVERSITY", "天津大学"), ApiClient.as("REVIEWER", "河北工业大学"))) {
            identities.add(api.authorize(identity));
        }
        return new FuzzTargets(achievement, demand, expert, challenge, applicationChallenge, application, docking,
                Map.copyOf(bodies), List.copyOf(identities));
    }

    private static String firstId(ApiClient api, String path, String[] viewer) {
        JsonNode items = api.get(path, Map.of("size", "5"), viewer).json().get("items");
        if (items == null || items.isEmpty()) {
            throw new IllegalStateException("the fixtures gave nothing at " + path);
        }
        return id(items.get(0));
    }

    private static String id(JsonNode hit) {
        return (hit.has("record") ? hit.get("record") : hit).get("id").asString();
    }
}
