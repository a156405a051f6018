package org.techmatch.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of the REST API (/v3/api-docs, Swagger UI at /swagger-ui.html): what springdoc reads
 * from the controllers, plus the Chinese summaries ({@link ApiSummaries}), the problem+json error schema and its
 * answers, the three ways to sign in, and examples for the main endpoints ({@link ApiExamples}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static final String PROBLEM = "Problem";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    @Bean
    OpenAPI techmatchOpenApi() {
        return new OpenAPI()
                .info(new Info().title("TechMatch 科技成果供需对接引擎 API").version("1")
                        .description("科技成果库、企业技术需求库与专家库的检索、发布与匹配，政府助题（榜单、揭榜、里程碑）、"
                                + "供需对接、统计、批量导入导出与查重。读取公开记录无需登录（保密字段按角色隐藏）；"
                                + "其余操作需登录：网页会话（Cookie，写操作需 X-XSRF-TOKEN 头）、HTTP Basic 或 Bearer 访问令牌"
                                + "（POST /api/tokens 创建）。错误一律以 application/problem+json 返回，detail 为中文说明。"))
                // any one of the three signs a request in; endpoints open to visitors say so in their summary
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION)));
    }

    /** Summaries, groups, error answers and examples, applied to whatever springdoc found. */
    @Bean
    OpenApiCustomizer techmatchDescriptions() {
        return openApi -> {
            // springdoc builds the components from what it scans: ours are added to them, not replaced by them
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            securitySchemes().forEach(components::addSecuritySchemes);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    ApiSummaries.of(method.name(), path).ifPresent(summary -> {
                        operation.setSummary(summary.text());
                        operation.setTags(List.of(summary.tag()));
                    })));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> ApiErrors.add(method.name(), operation)));
            ApiExamples.add(openApi);
            List<Tag> tags = openApi.getPaths().values().stream()
                    .flatMap(item -> item.readOperations().stream())
                    .flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.empty()
                            : operation.getTags().stream())
                    .distinct().map(name -> new Tag().name(name)).toList();
            openApi.setTags(tags);
        };
    }

    private static Map<String, SecurityScheme> securitySchemes() {
        return Map.of(
                BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("用户名与密码（每次请求携带，无会话、无需 CSRF 令牌）"),
                BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tm_…")
                        .description("访问令牌，由 POST /api/tokens 创建，以 tm_ 开头"),
                SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("在 /login 登录后的网页会话；写操作还须在 X-XSRF-TOKEN 头中带上 XSRF-TOKEN Cookie 的值"));
    }

    /** RFC 9457 problem details as this service writes them (web.problem.ProblemWriter). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("出错的字段，如 title、owner.name、achievementIds[1]"))
                .addProperty("value", new Schema<>().description("被拒绝的值"))
                .addProperty("message", new StringSchema().description("中文说明"));
        return new ObjectSchema().description("错误响应（application/problem+json，RFC 9457）")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().description("简短的中文标题").example("输入有误"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("中文说明：哪里有误、应如何修改")
                        .example("title：必填"))
                .addProperty("instance", new StringSchema().description("请求路径").example("/api/demands"))
                .addProperty("errors", new ArraySchema().items(fieldProblem).description("输入有误时逐个字段列出"))
                .example(Map.of("type", "about:blank", "title", "输入有误", "status", 400, "detail", "title：必填",
                        "instance", "/api/demands", "errors", List.of(Map.of("field", "title", "message", "必填"))));
    }
}
