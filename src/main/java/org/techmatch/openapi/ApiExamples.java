package org.techmatch.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response examples of the main endpoints, in the fixtures' language and shapes. */
final class ApiExamples {
    private static final Map<String, Object> ACHIEVEMENT = ordered(
            "title", "高镍三元锂离子电池正极材料表面包覆改性技术",
            "description", "采用原子层沉积在高镍正极颗粒表面包覆纳米氧化铝层，循环 1000 次容量保持率 92%。",
            "owner", Map.of("name", "天津大学", "kind", "高校"),
            "techField", "新能源与节能", "industry", "C38", "maturity", "通过中试",
            "transferModes", List.of("许可", "合作开发"), "askingPrice", Map.of("minWan", 80, "maxWan", 120),
            "region", "南开区", "keywords", List.of("锂离子电池", "正极材料"));
    private static final Map<String, Object> DEMAND = ordered(
            "title", "冷轧板带表面缺陷在线检测",
            "description", "冷轧产线速度 600 米/分钟，需在线识别划伤、辊印、夹杂等缺陷，漏检率低于 1%。",
            "enterprise", Map.of("name", "天津宏达冷轧板带有限公司"),
            "techField", "先进制造与自动化", "region", "静海区", "budget", Map.of("minWan", 50, "maxWan", 150));

    private ApiExamples() {
    }

    static void add(OpenAPI api) {
        request(api, "/api/achievements", PathItem.HttpMethod.POST, ACHIEVEMENT);
        response(api, "/api/achievements", PathItem.HttpMethod.POST, "201", with(ACHIEVEMENT, "id", "ACH-000311",
                "version", 1, "status", "在库", "createdAt", "2026-12-06T09:30:00Z"));
        request(api, "/api/demands", PathItem.HttpMethod.POST, DEMAND);
        Map<String, Object> updated = with(ACHIEVEMENT, "version", 1);
        updated.put("maturity", "已有样品");
        request(api, "/api/achievements/{id}", PathItem.HttpMethod.PUT, updated);
        response(api, "/api/achievements/{id}", PathItem.HttpMethod.PUT, "409", ordered("type", "about:blank",
                "title", "版本冲突", "status", 409, "detail", "ACH-000001 已被他人修改：您提交的版本是 1，当前版本是 2，请重新读取后再修改",
                "instance", "/api/achievements/ACH-000001", "currentVersion", 2));
        response(api, "/api/achievements", PathItem.HttpMethod.POST, "400", ordered("type", "about:blank",
                "title", "输入有误", "status", 400, "detail", "title：必填；maturity：不是可选的成熟度",
                "instance", "/api/achievements", "errors", List.of(
                        ordered("field", "title", "message", "必填"),
                        ordered("field", "maturity", "value", "成熟", "message", "不是可选的成熟度"))));
        request(api, "/api/match", PathItem.HttpMethod.POST, ordered("title", "冷轧板带表面缺陷检测",
                "description", "在线识别划伤、辊印等缺陷", "techField", "先进制造与自动化"));
        Map<String, Object> page = ordered("queryId", "DEM-000010", "direction", "demand→achievement", "total", 3,
                "offset", 0, "limit", 10, "threshold", 0.5, "noGoodMatch", false, "semantic", true, "good", 3,
                "listed", 3, "matches", List.of(ordered("id", "ACH-000003", "type", "achievement",
                        "title", "基于机器视觉的带钢表面缺陷检测系统", "score", 0.87, "good", true,
                        "explanation", ordered("sharedTerms", List.of("表面缺陷", "在线检测", "冷轧"),
                                "summary", "需求与成果共有「表面缺陷」「在线检测」等关键词；成熟度：通过中试"))));
        response(api, "/api/demands/{id}/matches", PathItem.HttpMethod.GET, "200", page);
        response(api, "/api/imports", PathItem.HttpMethod.POST, "202", ordered("id", "IMP-20261206-093000-1a2b",
                "library", "demand", "file", "需求.xlsx", "startedBy", "manager", "status", "排队中", "read", 0,
                "accepted", 0, "created", 0, "updated", 0, "unchanged", 0, "rejected", 0, "duplicates", 0,
                "createdAt", "2026-12-06T01:30:00Z"));
        response(api, "/api/imports/{id}", PathItem.HttpMethod.GET, "200", ordered("id", "IMP-20261206-093000-1a2b",
                "library", "demand", "file", "需求.xlsx", "format", "XLSX", "status", "已中断", "read", 2000,
                "accepted", 2000, "created", 2000, "updated", 0, "unchanged", 0, "rejected", 0, "duplicates", 41,
                "resumable", true, "report", "/api/imports/IMP-20261206-093000-1a2b/report.xlsx"));
    }

    private static void request(OpenAPI api, String path, PathItem.HttpMethod method, Object example) {
        Operation operation = operation(api, path, method);
        if (operation != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
        }
    }

    private static void response(OpenAPI api, String path, PathItem.HttpMethod method, String status, Object example) {
        Operation operation = operation(api, path, method);
        if (operation == null || operation.getResponses() == null) {
            return;
        }
        ApiResponse response = operation.getResponses().get(status);
        if (response == null) {
            response = new ApiResponse().description(status.startsWith("2") ? "成功" : "错误");
            operation.getResponses().addApiResponse(status, response);
        }
        Content content = response.getContent();
        if (content == null || content.isEmpty()) {
            String type = status.startsWith("2") ? "application/json" : "application/problem+json";
            content = new Content().addMediaType(type, new io.swagger.v3.oas.models.media.MediaType());
            response.setContent(content);
        }
        content.values().forEach(media -> media.setExample(example));
    }

    private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(method);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>(base);
        map.putAll(ordered(pairs));
        return map;
    }
}
