package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every source of an error answer — the exception handler, Spring MVC's own errors, the size, query-string and
 * Accept filters, the security entry point and firewall, Tomcat's error report — answers in one shape: the
 * problem+json content type, the members type, title, status, detail, instance and errors, a Chinese title and
 * detail, and no Java class name or stack fragment anywhere.
 */
class ErrorResponsesTest extends ApiTestBase {
    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern LEAK = Pattern.compile("org\\.|java\\.|jdk\\.|Exception|\\bat [a-z]+\\.");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp raw() {
        return new RawHttp(port);
    }

    private static List<String[]> headers(String... pairs) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            list.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return list;
    }

    private String[] official() {
        return api.authorize(ApiClient.CITY_OFFICIAL);
    }

    /** Checks the shape every error answer shares and returns the parsed problem. */
    static JsonNode assertProblem(int status, String contentType, String body, int expectedStatus) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        assertThat(contentType).as(body).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        Set<String> members = new TreeSet<>(problem.propertyNames());
        assertThat(members).as(body).containsAll(MEMBERS);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.get("title").asString()).as("a Chinese title: " + body).containsPattern(CHINESE);
        assertThat(problem.get("detail").asString()).as("a Chinese detail: " + body).containsPattern(CHINESE);
        assertThat(problem.get("instance").asString()).startsWith("/");
        assertThat(problem.get("errors").isArray()).isTrue();
        assertThat(body).as("no class name or stack fragment").doesNotContainPattern(LEAK);
        return problem;
    }

    static JsonNode assertProblem(ApiClient.Response response, int expectedStatus) {
        return assertProblem(response.status(), response.headers().getOrDefault("content-type", List.of("")).getFirst(),
                response.body(), expectedStatus);
    }

    static JsonNode assertProblem(RawHttp.Response response, int expectedStatus) {
        return assertProblem(response.status(), response.contentType(), response.text(), expectedStatus);
    }

    @Test
    void invalidInputIsA400NamingTheFields() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("description", "缺少标题的成果"));
        JsonNode problem = assertProblem(api.post("/api/achievements", ApiClient.json(body), ApiClient.CITY_OFFICIAL),
                400);
        assertThat(problem.get("title").asString()).isEqualTo("输入有误");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asString()).contains("title");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/achievements");
    }

    @Test
    void malformedJsonIsA400WithTheLineAndColumn() {
        JsonNode problem = assertProblem(api.post("/api/achievements", "{\"title\": \"缺右括号\"",
                ApiClient.CITY_OFFICIAL), 400);
        assertThat(problem.get("detail").asString()).contains("JSON 格式错误");
    }

    @Test
    void anUndecodableQueryStringIsA400() {
        JsonNode problem = assertProblem(raw().send(new RawHttp.Request("GET", "/api/achievements?q=%zz", List.of(),
                null)), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("query");
        assertThat(problem.get("detail").asString()).contains("查询参数无法解码");
    }

    @Test
    void aPathTrickIsA400FromTheFirewallOrTomcat() {
        assertProblem(raw().send(new RawHttp.Request("GET", "/api//achievements", List.of(), null)), 400);
        assertProblem(raw().send(new RawHttp.Request("GET", "/api/achievements/%00", List.of(), null)), 400);
    }

    @Test
    void noSignInIsA401AndTheWrongRoleA403() {
        JsonNode anonymous = assertProblem(api.get("/api/stats/overview", Map.of()), 401);
        assertThat(anonymous.get("title").asString()).isEqualTo("未登录");
        JsonNode wrongRole = assertProblem(api.post("/api/accounts", ApiClient.json(Map.of("username", "x-nobody")),
                ApiClient.as("ENTERPRISE", "天津错误测试企业有限公司")), 403);
        assertThat(wrongRole.get("title").asString()).isEqualTo("无权操作");
        assertThat(wrongRole.get("detail").asString()).contains("区科技局管理员");
    }

    @Test
    void anUnknownRecordAndAnUnknownPathAre404s() {
        JsonNode record = assertProblem(api.get("/api/achievements/ACH-999999", Map.of()), 404);
        assertThat(record.get("title").asString()).isEqualTo("记录不存在");
        assertThat(record.get("detail").asString()).contains("ACH-999999");
        JsonNode path = assertProblem(api.get("/api/nowhere", Map.of(), ApiClient.CITY_OFFICIAL), 404);
        assertThat(path.get("title").asString()).isEqualTo("地址不存在");
        assertThat(path.get("instance").asString()).isEqualTo("/api/nowhere");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsA405WithItsAllowHeader() {
        ApiClient.Response response = api.put("/api/vocabularies", "{}", ApiClient.CITY_OFFICIAL);
        JsonNode problem = assertProblem(response, 405);
        assertThat(problem.get("detail").asString()).contains("不支持此请求方法");
        assertThat(response.headers().get("allow").toString()).contains("GET");
    }

    @Test
    void anAcceptThatRulesOutJsonIsA406OnReadsAndWrites() {
        String[] auth = official();
        assertProblem(raw().send(new RawHttp.Request("GET", "/api/achievements", headers("Accept", "text/csv"),
                null)), 406);
        assertProblem(raw().send(new RawHttp.Request("POST", "/api/demands", headers("Accept", "text/csv",
                "Content-Type", "application/json", auth[0], auth[1]), "{}".getBytes(StandardCharsets.UTF_8))), 406);
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        byte[] body = ("{\"title\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        String[] auth = official();
        JsonNode problem = assertProblem(raw().send(new RawHttp.Request("POST", "/api/achievements",
                headers("Content-Type", "application/json", auth[0], auth[1]), body)), 413);
        assertThat(problem.get("detail").asString()).contains("请求体超过上限");
    }

    @Test
    void aContentTypeOtherThanJsonIsA415() {
        String[] auth = official();
        JsonNode problem = assertProblem(raw().send(new RawHttp.Request("POST", "/api/achievements",
                headers("Content-Type", "text/plain", auth[0], auth[1]), "标题".getBytes(StandardCharsets.UTF_8))),
                415);
        assertThat(problem.get("title").asString()).isEqualTo("不支持的内容类型");
    }

    @Test
    void anHttpVersionTomcatDoesNotSpeakIsA505() {
        for (String version : List.of("HTTP/2.5", "HTTP/0.9")) {
            RawHttp.Response response = raw().sendRaw(("GET /api/vocabularies " + version
                    + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            JsonNode problem = assertProblem(response, 505);
            assertThat(problem.get("title").asString()).as(version).isEqualTo("不支持的 HTTP 版本");
        }
    }

    @Test
    void aVersionConflictKeepsItsCurrentVersionMember() {
        Map<String, Object> record = LibraryApiTest.achievement("冲突测试用低温余热发电技术", "利用 90℃ 以下余热发电的有机朗肯循环机组。",
                "新能源与节能", "已有样品", "滨海新区", Map.of("negotiable", true), "许可");
        JsonNode created = api.post("/api/achievements", ApiClient.json(record), ApiClient.CITY_OFFICIAL).json();
        record.put("version", created.get("version").asLong() + 5);
        JsonNode problem = assertProblem(api.put("/api/achievements/" + created.get("id").asString(),
                ApiClient.json(record), ApiClient.CITY_OFFICIAL), 409);
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(created.get("version").asLong());
    }
}
