package org.techmatch.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.techmatch.web.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document describes the whole API: every handler of the application under /api (as Spring MVC
 * registered it, so a new endpoint cannot be forgotten) is an operation of /v3/api-docs with a Chinese summary,
 * and the document carries the problem+json schema and the three ways to sign in. Swagger UI answers from the
 * jar's own assets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiCompletenessTest {
    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void emptyTemporaryIndex(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("techmatch-openapi-");
        registry.add("techmatch.index.path", dir::toString);
        registry.add("techmatch.fixtures.load-on-empty", () -> "false");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    @Test
    void everyApiHandlerIsDescribedWithAChineseSummary() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response response = api.get("/v3/api-docs", Map.of());
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");

        TreeSet<String> handlers = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue; // pages, sign-in, the error page and springdoc's own endpoints are not the API
                }
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                var methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("%s names its HTTP method", pattern).isNotEmpty();
                for (RequestMethod method : methods) {
                    handlers.add(method.name() + " " + path);
                }
            }
        }
        assertThat(handlers).hasSizeGreaterThan(60);

        List<String> missing = new ArrayList<>();
        List<String> withoutSummary = new ArrayList<>();
        for (String handler : handlers) {
            String method = handler.substring(0, handler.indexOf(' ')).toLowerCase();
            String path = handler.substring(handler.indexOf(' ') + 1);
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                missing.add(handler);
            } else if (!operation.path("summary").asString("").matches("(?s).*\\p{IsHan}.*")) {
                withoutSummary.add(handler);
            }
        }
        assertThat(missing).as("handlers missing from /v3/api-docs").isEmpty();
        assertThat(withoutSummary).as("operations without a Chinese summary (ApiSummaries)").isEmpty();
    }

    @Test
    void theDocumentCarriesTheErrorSchemaSecurityAndExamples() {
        JsonNode doc = new ApiClient(port).get("/v3/api-docs", Map.of()).json();
        JsonNode problem = doc.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("detail") && problem.has("errors") && problem.has("status")).isTrue();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");

        JsonNode update = doc.path("paths").path("/api/achievements/{id}").path("put");
        assertThat(update.path("responses").path("409").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(update.path("requestBody").path("content").path("application/json").path("example")
                .path("title").asString()).contains("锂离子电池");
        assertThat(doc.path("paths").path("/api/demands/{id}/matches").path("get").path("responses").path("200")
                .path("content").findValue("example").path("matches").size()).isPositive();
    }

    @Test
    void swaggerUiIsServedFromTheJar() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response ui = api.get("/swagger-ui/index.html", Map.of());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        ApiClient.Response config = api.get("/v3/api-docs/swagger-config", Map.of());
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
    }
}
