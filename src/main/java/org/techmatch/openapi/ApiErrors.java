package org.techmatch.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;

/** The problem+json answers an operation can give, each with the shared schema and its Chinese meaning. */
final class ApiErrors {
    private ApiErrors() {
    }

    static void add(String method, Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "输入有误：detail 与 errors 逐个字段说明");
        errors.put("401", "未登录，或凭据无效");
        errors.put("403", "当前角色无权执行该操作");
        errors.put("404", "记录不存在，或当前用户无权查看");
        if (method.equals("PUT") || method.equals("DELETE") || method.equals("POST")) {
            errors.put("409", "冲突：记录已被他人修改（版本号过期）或当前状态不允许该操作");
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errors.forEach((status, meaning) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(meaning).content(new Content()
                        .addMediaType("application/problem+json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }
}
