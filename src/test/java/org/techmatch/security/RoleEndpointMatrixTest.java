package org.techmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Every API endpoint called by every role (the demo accounts of a first start with fixtures) and by an anonymous
 * client: each call is allowed or refused as the README's table says (refused = 401 for anonymous, 403 for a
 * signed-in role, always problem+json), nothing answers 5xx, and no response ever carries a confidential field to
 * someone who may not see it (a confidential demand's enterprise and contact, an expert's contact, a password or
 * token hash).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleEndpointMatrixTest {
    /** The callers, in the order of each expectation string. */
    enum Caller {
        ENTERPRISE("enterprise", "Demo-Qiye-2026", "天津滨海启元细胞治疗技术有限公司"),
        UNIVERSITY("university", "Demo-Gaoxiao-2026", "天津大学"),
        MANAGER("manager", "Demo-Jingliren-2026", "天津市技术转移中心"),
        OFFICIAL("official", "Demo-Keji-2026", "滨海新区科学技术局"),
        REVIEWER("reviewer", "Demo-Pingshen-2026", "河北工业大学"),
        ANONYMOUS(null, null, null);

        final String username;
        final String password;
        final String organisation;

        Caller(String username, String password, String organisation) {
            this.username = username;
            this.password = password;
            this.organisation = organisation;
        }

        String[] headers() {
            return username == null ? new String[0] : ApiClient.basic(username, password);
        }
    }

    // Confidential demands: DEM-000010 in 滨海新区 (the demo official's district), DEM-000053 in 静海区 (not theirs),
    // DEM-000076 the demo enterprise's own; EXP-000004 an expert of 天津理工大学 in 西青区.
    private static final List<String> BINHAI_DEMAND = List.of("天津临港智运物流装备有限公司", "13877183874");
    private static final List<String> JINGHAI_DEMAND = List.of("天津静海冷轧板带有限公司", "022-28184791");
    private static final List<String> OWN_DEMAND = List.of("022-59863127", "yu.qy@example.com");
    private static final List<String> EXPERT_CONTACT = List.of("022-60214473", "luoxd@example.edu.cn");
    private static final List<String> SECRETS = List.of("passwordHash", "tokenHash", "$2a$", "Demo-Qiye-2026");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-matrix-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    /**
     * One endpoint call. expect: one character per caller in {@link Caller} order: '2' a 2xx answer, 'x' refused,
     * 'n' 404 (not there for this caller), '-' any other answer that is not a refusal (a 400/404/409 of the
     * business rules: the caller got past authorisation).
     */
    record Call(String method, String path, Function<Caller, String> body, String expect) {
    }

    private final List<Call> calls = new ArrayList<>();
    private ApiClient api;

    private void call(String method, String path, String expect) {
        call(method, path, caller -> method.equals("GET") || method.equals("DELETE") ? null : "{}", expect);
    }

    private void call(String method, String path, Function<Caller, String> body, String expect) {
        assertThat(expect.replace(" ", "")).as(path).hasSize(Caller.values().length);
        calls.add(new Call(method, path, body, expect.replace(" ", "")));
    }

    @Test
    void everyRoleReachesExactlyTheEndpointsItMayAndSeesNoConfidentialField() {
        api = new ApiClient(port);
        //                                                                       E U M O R A
        call("GET", "/api/me",                                                  "2 2 2 2 2 2");
        call("GET", "/api/achievements?q=锂电池",                                 "2 2 2 2 2 2");
        call("GET", "/api/demands?size=100",                                    "2 2 2 2 2 2");
        call("GET", "/api/demands?size=100&page=2&status=征集中,对接中,已解决,已关闭,草稿,已过期", "2 2 2 2 2 2");
        call("GET", "/api/experts?size=100",                                    "2 2 2 2 2 2");
        call("GET", "/api/achievements/ACH-000003",                             "2 2 2 2 2 2");
        call("GET", "/api/demands/DEM-000010",                                  "2 2 2 2 2 2");
        // 已解决: not published; only managers and 静海区's officials read it (the demo official answers for 滨海新区)
        call("GET", "/api/demands/DEM-000053",                                  "n n 2 n n n");
        call("GET", "/api/demands/DEM-000076",                                  "2 2 2 2 2 2");
        for (String id : List.of("DEM-000010", "DEM-000076")) {
            call("GET", "/api/demands/" + id + "/matches?includeWeak=true&size=50", "2 2 2 2 2 2");
            call("GET", "/api/demands/" + id + "/experts?includeWeak=true&size=50", "2 2 2 2 2 2");
        }
        call("GET", "/api/demands/DEM-000053/matches?includeWeak=true&size=50", "n n 2 n n n");
        call("GET", "/api/demands/DEM-000053/experts?includeWeak=true&size=50", "n n 2 n n n");
        call("GET", "/api/experts/EXP-000004",                                  "2 2 2 2 2 2");
        call("GET", "/api/achievements/ACH-000003/matches?includeWeak=true&size=50", "2 2 2 2 2 2");
        call("POST", "/api/match", c -> ApiClient.json(Map.of("title", "冷轧板带表面缺陷检测")), "2 2 2 2 2 x");
        call("GET", "/api/semantic/status",                                     "2 2 2 2 2 2");
        call("GET", "/api/vocabularies",                                        "2 2 2 2 2 2");
        call("GET", "/api/challenges",                                          "2 2 2 2 2 2");
        call("GET", "/api/challenges?status=草稿",                                "x x 2 2 x x");
        // CHL-000001: a draft of 北辰区, not the demo official's district
        call("GET", "/api/challenges/CHL-000001",                               "n n 2 n n n");
        call("GET", "/api/challenges/CHL-000002",                               "2 2 2 2 2 2");
        call("GET", "/api/challenges/CHL-000002/transitions",                   "2 2 2 2 2 2");
        call("GET", "/api/challenges/CHL-000004/milestones",                    "2 2 2 2 2 2");
        call("GET", "/api/challenges/milestones/overdue",                       "x x 2 2 x x");
        // applications: the applicant, managers, the challenge district's officials and assigned reviewers; to others
        // an application is not there (404)
        call("GET", "/api/challenges/CHL-000003/applications",                  "2 2 2 2 x x");
        call("GET", "/api/challenges/CHL-000004/applications",                  "2 2 2 2 2 x");
        call("GET", "/api/challenges/CHL-000004/applications/APP-000004",       "n 2 2 n 2 x");
        call("GET", "/api/challenges/CHL-000003/applications/APP-000002",       "n n 2 2 n x");
        call("GET", "/api/dockings",                                            "x x 2 2 x x");
        // DKG-000017: managed by the demo manager's centre, in 滨海新区, the demo enterprise a party
        call("GET", "/api/dockings/DKG-000017",                                 "2 n 2 2 n x");
        call("GET", "/api/dockings/workbench",                                  "x x 2 2 x x");
        call("GET", "/api/demands/unmet",                                       "x x 2 2 x x");
        call("GET", "/api/stats/overview",                                      "x x 2 2 x x");
        call("GET", "/api/stats/by/district",                                   "x x 2 2 x x");
        call("GET", "/api/stats/funnel",                                        "x x 2 2 x x");
        call("GET", "/api/stats/challenges",                                    "x x 2 2 x x");
        call("GET", "/api/stats/export.xlsx",                                   "x x 2 2 x x");
        call("GET", "/api/stats/feedback",                                      "x x 2 2 x x");
        call("GET", "/api/stats/interests",                                     "x x 2 2 x x");
        call("GET", "/api/admin/models",                                        "x x x 2 x x");
        call("GET", "/api/demands/DEM-000076/matches/feedback",                 "2 2 2 2 2 x");
        call("GET", "/api/demands/DEM-000076/experts/feedback",                 "2 2 2 2 2 x");
        call("GET", "/api/achievements/ACH-000003/matches/feedback",            "2 2 2 2 2 x");
        call("GET", "/api/demands/DEM-000053/matches/feedback",                 "n n 2 n n x");
        call("GET", "/api/imports",                                             "x x 2 2 x x");
        call("GET", "/api/imports/IMP-20260101-000000-0000",                    "x x - - x x");
        call("GET", "/api/imports/templates/demands",                           "2 2 2 2 2 2");
        call("GET", "/api/exports/demands?format=csv",                          "x x 2 2 x x");
        call("GET", "/api/exports/experts?format=csv",                          "x x 2 2 x x");
        call("GET", "/api/duplicates",                                          "x x 2 2 x x");
        call("GET", "/api/accounts",                                            "x x x 2 x x");
        call("GET", "/api/audit",                                               "x x x 2 x x");
        call("GET", "/api/tokens",                                              "2 2 2 2 2 x");
        call("GET", "/api/interests",                                           "2 2 2 2 x x");
        call("GET", "/api/interests?box=sent",                                  "2 2 2 2 x x");
        call("GET", "/api/interests/INT-999999",                                "n n n n n x");
        call("GET", "/api/notifications",                                       "2 2 2 2 2 x");
        call("GET", "/api/notifications/unread-count",                          "2 2 2 2 2 x");
        call("GET", "/api/notifications/preferences",                           "2 2 2 2 2 x");
        call("POST", "/api/notifications/NTF-999999/read",                      "n n n n n x");
        call("GET", "/api/subscriptions",                                       "2 2 2 2 2 x");
        call("DELETE", "/api/subscriptions/SUB-999999",                         "n n n n n x");
        call("GET", "/api/admin/outbox",                                        "x x x 2 x x");
        call("GET", "/api/admin/runtime",                                       "x x x 2 x x");
        call("GET", "/api/nowhere",                                             "n n n n n x");
        // operations: the probes are public, health details and metrics for officials (README, Health and metrics)
        call("GET", "/actuator/health/liveness",                                "2 2 2 2 2 2");
        call("GET", "/actuator/health/readiness",                               "2 2 2 2 2 2");
        call("GET", "/actuator/health",                                         "x x x 2 x x");
        call("GET", "/actuator/prometheus",                                     "x x x 2 x x");
        call("GET", "/actuator/metrics",                                        "x x x 2 x x");
        call("GET", "/v3/api-docs",                                             "2 2 2 2 2 2");
        // sign-up, review and 我的 (the demo accounts were created by an official: no application of their own)
        call("GET", "/api/me/records",                                          "2 2 2 2 2 x");
        call("GET", "/api/me/reminders",                                        "2 2 2 2 2 x");
        call("GET", "/api/me/registration",                                     "n n n n n x");
        call("GET", "/api/registrations",                                       "x x 2 2 x x");
        call("GET", "/api/reviews",                                             "x x 2 2 x x");
        // writes: refused callers must change nothing; allowed ones write in their own name
        call("POST", "/api/achievements", c -> achievement(c),                  "2 2 2 2 x x");
        call("POST", "/api/demands", c -> demand(c),                            "2 x 2 2 x x");
        call("POST", "/api/experts", c -> expert(c),                            "2 2 2 2 x x");
        call("PUT", "/api/achievements/ACH-000003", c -> current("/api/achievements/ACH-000003"), "x 2 x x x x");
        call("PUT", "/api/demands/DEM-000076", c -> current("/api/demands/DEM-000076"), "2 x x 2 x x");
        call("PUT", "/api/demands/DEM-000053", c -> current("/api/demands/DEM-000053"), "n x x n x x");
        call("PUT", "/api/experts/EXP-000004", c -> current("/api/experts/EXP-000004"), "x x x x x x");
        call("DELETE", "/api/achievements/ACH-000009",                          "x 2 x x x x");
        call("POST", "/api/challenges", c -> challenge(),                       "x x 2 2 x x");
        call("POST", "/api/challenges/from-demands", c -> ApiClient.json(Map.of("demandIds", List.of("DEM-000010"))),
                                                                                "x x 2 2 x x");
        call("PUT", "/api/challenges/CHL-000001", c -> current("/api/challenges/CHL-000001"), "x x 2 n x x");
        call("POST", "/api/challenges/CHL-000002/applications", c -> application(c), "2 2 x x x x");
        call("DELETE", "/api/challenges/CHL-000002/applications/APP-000001",    "n n x x x x");
        call("POST", "/api/challenges/CHL-000003/applications/APP-000002/reviews", c -> review(), "x x x x x x");
        call("POST", "/api/challenges/CHL-000004/applications/APP-000004/reviews", c -> review(), "x x x x - x");
        call("POST", "/api/challenges/CHL-000004/milestones/2/evidence", c -> ApiClient.json(Map.of("text", "材料")),
                                                                                "x - x x x x");
        call("POST", "/api/challenges/CHL-000004/milestones/1/reviews", c -> ApiClient.json(Map.of("outcome", "通过")),
                                                                                "x x x x - x");
        call("POST", "/api/challenges/CHL-000005/terminate", c -> ApiClient.json(Map.of("reason", "测试")),
                                                                                "x x x x x x");
        // 我有意向 on 滨海新区's confidential demand: enterprises and universities; the answer never names its enterprise
        call("POST", "/api/interests", c -> ApiClient.json(Map.of("targetId", "DEM-000010", "message", "我们有相关技术")),
                                                                                "2 2 x x x x");
        call("POST", "/api/subscriptions", c -> ApiClient.json(Map.of("library", "demands", "q", "冷轧")),
                                                                                "2 2 2 2 2 x");
        call("POST", "/api/notifications/read-all",                             "2 2 2 2 2 x");
        call("PUT", "/api/notifications/preferences", c -> ApiClient.json(Map.of("channels", Map.of("收到意向", "仅站内信"))),
                                                                                "2 2 2 2 2 x");
        call("POST", "/api/dockings", c -> docking(c),                          "x x 2 2 x x");
        // the same pairs again while their dockings are live: 409, pointing to the existing docking
        call("POST", "/api/dockings", c -> docking(c),                          "x x - - x x");
        call("GET", "/api/dockings/of-demand/DEM-000010",                       "x x 2 2 x x");
        call("POST", "/api/demands/guidance", c -> ApiClient.json(Map.of("title", "冷轧板带表面缺陷检测")),
                                                                                "2 x 2 2 x x");
        call("POST", "/api/dockings/DKG-000017/steps", c -> ApiClient.json(Map.of("stage", "商务谈判", "note", "报价")),
                                                                                "x x 2 - x x");
        // marks on matches: managers, officials and the owner of the query record; a record one may not read is not there
        call("PUT", "/api/demands/DEM-000076/matches/ACH-000003/feedback",
                c -> ApiClient.json(Map.of("verdict", "不相关", "reason", "成熟度不足")), "2 x 2 2 x x");
        call("PUT", "/api/demands/DEM-000053/matches/ACH-000003/feedback",
                c -> ApiClient.json(Map.of("verdict", "相关")),                    "n n 2 n n x");
        call("PUT", "/api/achievements/ACH-000003/matches/DEM-000010/feedback",
                c -> ApiClient.json(Map.of("verdict", "相关")),                    "x 2 2 2 x x");
        call("DELETE", "/api/demands/DEM-000076/matches/ACH-000003/feedback",   "2 - 2 2 x x");
        call("POST", "/api/admin/models/config-00000000/activate",              "x x x - x x");
        call("POST", "/api/demands/unmet/draft-challenge",
                c -> ApiClient.json(Map.of("demandIds", List.of("DEM-000010"))), "x x 2 2 x x");
        call("POST", "/api/imports", c -> "{}",                                  "x x - - x x");
        call("POST", "/api/imports/IMP-20260101-000000-0000/cancel",            "x x - - x x");
        call("DELETE", "/api/imports/IMP-20260101-000000-0000",                 "x x - - x x");
        call("POST", "/api/imports/IMP-20260101-000000-0000/resume",            "x x - - x x");
        call("POST", "/api/duplicates/DUP-999999/keep",                         "x x - - x x");
        call("POST", "/api/duplicates/DUP-999999/merge", c -> ApiClient.json(Map.of("keep", "ACH-000001")),
                                                                                "x x - - x x");
        call("POST", "/api/accounts", c -> account(c),                          "x x x 2 x x");
        call("PUT", "/api/accounts/reviewer/assignments",
                c -> ApiClient.json(Map.of("challengeIds", List.of("CHL-000002", "CHL-000003"))), "x x x 2 x x");
        call("POST", "/api/tokens", c -> ApiClient.json(Map.of("name", "矩阵测试")), "2 2 2 2 2 x");
        call("POST", "/api/registrations", c -> registration(c),                "2 2 2 2 2 2");
        call("POST", "/api/registrations/nobody/approve",                       "x x - - x x");
        call("POST", "/api/registrations/nobody/return", c -> ApiClient.json(Map.of("reason", "测试")),
                                                                                "x x - - x x");
        call("PUT", "/api/me/password", c -> ApiClient.json(Map.of("oldPassword", "Wrong-2026", "newPassword",
                "Matrix-Xin-2026")),                                            "- - - - - x");
        call("PUT", "/api/accounts/nobody/password", c -> ApiClient.json(Map.of("newPassword", "Matrix-Xin-2026")),
                                                                                "x x x - x x");
        // DEM-000010 is published, not waiting for review: past authorisation, a 409
        call("POST", "/api/reviews/demands/DEM-000010/publish", c -> ApiClient.json(Map.of("version", 1)),
                                                                                "x x - - x x");
        call("POST", "/api/reviews/demands/DEM-000010/return",
                c -> ApiClient.json(Map.of("version", 1, "reason", "测试")),      "x x - - x x");
        // the owner and its district's official renew; a manager edits only its own organisation's demands
        call("POST", "/api/demands/DEM-000076/renew",                           "2 x x 2 x x");
        call("DELETE", "/api/tokens/TOK-999999",                                "- - - - - x");
        // last: a transition the demo official may make in their district
        call("POST", "/api/challenges/CHL-000003/terminate", c -> ApiClient.json(Map.of("reason", "测试终止")),
                                                                                "x x x 2 x x");
        call("DELETE", "/api/demands/DEM-000010",                               "x x x 2 x x");

        List<String> failures = new ArrayList<>();
        int made = 0;
        for (Call call : calls) {
            // refused callers first, so that an allowed write cannot hide a refusal behind a changed state
            List<Caller> order = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                if (expected(call, caller) == 'x') {
                    order.add(caller);
                }
            }
            for (Caller caller : Caller.values()) {
                if (expected(call, caller) != 'x') {
                    order.add(caller);
                }
            }
            for (Caller caller : order) {
                ApiClient.Response response = send(call, caller);
                made++;
                String verdict = check(call, caller, response);
                if (verdict != null) {
                    failures.add(call.method() + " " + call.path() + " as " + caller + ": " + verdict);
                }
            }
        }
        assertThat(failures).as("of %d calls", made).isEmpty();
        assertThat(made).isEqualTo(calls.size() * Caller.values().length);
    }

    private static char expected(Call call, Caller caller) {
        return call.expect().charAt(caller.ordinal());
    }

    private ApiClient.Response send(Call call, Caller caller) {
        String body = call.body().apply(caller);
        String[] headers = caller.headers();
        return switch (call.method()) {
            case "GET" -> api.get(call.path(), Map.of(), headers);
            case "POST" -> api.post(call.path(), body, headers);
            case "PUT" -> api.put(call.path(), body, headers);
            case "DELETE" -> api.delete(call.path(), headers);
            default -> throw new IllegalArgumentException(call.method());
        };
    }

    /** null when the answer is as expected, else what is wrong. */
    private static String check(Call call, Caller caller, ApiClient.Response response) {
        int status = response.status();
        if (status >= 500) {
            return "server error " + status + " " + response.body();
        }
        char want = expected(call, caller);
        boolean refused = status == 401 || status == 403;
        String problem = switch (want) {
            case '2' -> status / 100 == 2 ? null : "expected 2xx, got " + status + " " + brief(response);
            case 'n' -> status == 404 ? null : "expected 404, got " + status + " " + brief(response);
            case '-' -> refused ? "expected to get past authorisation, got " + status + " " + brief(response) : null;
            case 'x' -> {
                int refusal = caller == Caller.ANONYMOUS ? 401 : 403;
                if (status != refusal) {
                    yield "expected " + refusal + ", got " + status + " " + brief(response);
                }
                String type = String.valueOf(response.headers().getOrDefault("content-type", List.of()));
                yield type.contains("application/problem+json") && response.body().matches("(?s).*\\p{IsHan}.*")
                        ? null : "a refusal without a Chinese problem+json detail: " + response.body();
            }
            default -> "bad expectation " + want;
        };
        if (problem != null) {
            return problem;
        }
        for (String secret : hiddenFrom(caller)) {
            if (response.body().contains(secret)) {
                return "the response shows 「" + secret + "」, which " + caller + " may not see";
            }
        }
        return null;
    }

    private static List<String> hiddenFrom(Caller caller) {
        List<String> hidden = new ArrayList<>(SECRETS);
        switch (caller) {
            case MANAGER -> { }
            case OFFICIAL -> {
                hidden.addAll(JINGHAI_DEMAND);
                hidden.addAll(EXPERT_CONTACT);
            }
            case ENTERPRISE -> {
                hidden.addAll(BINHAI_DEMAND);
                hidden.addAll(JINGHAI_DEMAND);
                hidden.addAll(EXPERT_CONTACT);
            }
            default -> {
                hidden.addAll(BINHAI_DEMAND);
                hidden.addAll(JINGHAI_DEMAND);
                hidden.addAll(OWN_DEMAND);
                hidden.addAll(EXPERT_CONTACT);
            }
        }
        return hidden;
    }

    private static String brief(ApiClient.Response response) {
        String body = response.body() == null ? "" : response.body();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The stored record as the manager reads it (full), to send back unchanged with its version. */
    private String current(String path) {
        JsonNode record = api.get(path, Map.of(), ApiClient.basic("manager", "Demo-Jingliren-2026")).json();
        return record.toString();
    }

    private static String achievement(Caller c) {
        return ApiClient.json(Map.of("title", "矩阵测试成果（" + c + "）", "description", "用于角色矩阵测试的成果。",
                "owner", Map.of("name", c.organisation == null ? "某单位" : c.organisation, "kind", "高校"),
                "techField", "电子信息", "maturity", "通过中试", "region", "滨海新区"));
    }

    private static String demand(Caller c) {
        return ApiClient.json(Map.of("title", "矩阵测试需求（" + c + "）", "description", "用于角色矩阵测试的需求。",
                "enterprise", Map.of("name", c.organisation == null ? "某企业" : c.organisation),
                "techField", "电子信息", "region", "滨海新区"));
    }

    private static String registration(Caller c) {
        return ApiClient.json(Map.of("username", "matrix-signup-" + c.name().toLowerCase(), "password",
                "Matrix-Zhuce-2026", "role", "ENTERPRISE", "organisation", "矩阵注册测试公司" + c.ordinal(),
                "creditCode", org.techmatch.account.CreditCodes.fresh(), "contactPerson", "王五", "phone",
                "13912345678", "district", "滨海新区"));
    }

    private static String expert(Caller c) {
        return ApiClient.json(Map.of("kind", "专家", "name", "矩阵测试专家", "researchAreas", List.of("角色矩阵"),
                "organisation", Map.of("name", c.organisation == null ? "某单位" : c.organisation, "kind", "高校"),
                "techFields", List.of("电子信息"), "region", "滨海新区"));
    }

    private static String application(Caller c) {
        return ApiClient.json(Map.of("title", "矩阵测试揭榜方案", "applicant",
                Map.of("name", c.organisation == null ? "某单位" : c.organisation, "kind", "高校"),
                "approach", "多信号融合预警。", "maturity", "通过中试", "priceWan", 200, "schedule", "12 个月"));
    }

    private static String review() {
        return ApiClient.json(Map.of("reviewer", "矩阵评审", "scores",
                Map.of("技术先进性", 80, "方案可行性", 80, "团队实力", 80, "报价合理性", 80)));
    }

    private static String docking(Caller c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demandId", "DEM-000010"); // 滨海新区: the demo official records dockings of its district
        // one pair per caller: a second live docking for a pair is refused (409)
        body.put("achievementId", c == Caller.OFFICIAL ? "ACH-000004" : "ACH-000003");
        body.put("manager", Map.of("name", "矩阵测试", "organisation", c.organisation == null ? "某单位" : c.organisation));
        body.put("source", "人工撮合");
        body.put("note", "矩阵测试");
        return ApiClient.json(body);
    }

    private static String account(Caller c) {
        return ApiClient.json(Map.of("username", "matrix-" + c.name().toLowerCase(), "password", "Matrix-Pass-2026",
                "role", "ENTERPRISE", "organisation", "天津矩阵测试有限公司"));
    }

    private static String challenge() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "矩阵测试榜单");
        body.put("problem", "用于角色矩阵测试。");
        body.put("budgetWan", 100);
        return ApiClient.json(body);
    }
}
