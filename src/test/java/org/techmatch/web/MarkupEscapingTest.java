package org.techmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Titles and descriptions carrying script reach every answer escaped wherever the answer carries markup: the
 * search highlights and the match explanations' marked texts contain no tag but {@code <em>}. Everywhere else a
 * text is data (JSON strings, shown by the pages as text), so it comes back exactly as written.
 */
class MarkupEscapingTest extends ApiTestBase {
    private static final String[] MANAGER = ApiClient.as("MANAGER", "天津市技术转移中心");
    /** The JSON fields whose values are HTML: search hits' highlights and explanations' marked texts. */
    private static final Set<String> MARKUP_FIELDS = Set.of("queryHighlight", "candidateHighlight");
    private static final String TITLE = "<script>alert('标题')</script>焊缝缺陷视觉检测系统";
    private static final String DESCRIPTION = "<img src=x onerror=alert(1)>基于深度学习的焊缝表面缺陷视觉检测，"
            + "识别气孔、裂纹和咬边 \"><svg onload=alert(2)> 检测速度 8 m/min。";

    @Test
    void hostileTitlesAreEscapedInHighlightsAndExplanations() {
        String achievement = api.post("/api/achievements", ApiClient.json(Map.of("title", TITLE,
                "description", DESCRIPTION, "owner", Map.of("name", "天津大学", "kind", "高校"),
                "techField", "电子信息", "maturity", "通过中试", "status", "已发布")), MANAGER).json().get("id").asString();
        JsonNode demand = api.post("/api/demands", ApiClient.json(Map.of("title", "<b onmouseover=alert(3)>焊缝缺陷视觉检测</b>",
                "description", "钢结构焊缝表面缺陷<script>x()</script>在线视觉检测，识别气孔、裂纹和咬边。",
                "enterprise", Map.of("name", "天津<script>恶意</script>钢构有限公司"), "techField", "电子信息",
                "expectedMaturity", "通过中试")), MANAGER).json();
        assertThat(demand.get("title").asString()).as("a text is data: stored and returned as written")
                .isEqualTo("<b onmouseover=alert(3)>焊缝缺陷视觉检测</b>");

        JsonNode search = api.get("/api/achievements", Map.of("q", "焊缝缺陷检测 script img alert")).json();
        JsonNode hit = search.get("items").get(0);
        assertThat(hit.get("record").get("id").asString()).isEqualTo(achievement);
        assertThat(hit.get("record").get("title").asString()).isEqualTo(TITLE);
        List<String> markup = new ArrayList<>();
        hit.get("highlights").properties().forEach(e -> markup.add(e.getValue().asString()));
        assertThat(markup).isNotEmpty().anySatisfy(h -> assertThat(h).contains("&lt;").contains("&#39;标题&#39;")
                .contains("<em>"));
        assertThat(markup).allSatisfy(MarkupEscapingTest::onlyEmphasis);
        JsonNode demandHits = api.get("/api/demands", Map.of("q", "焊缝缺陷 script onmouseover")).json();
        demandHits.get("items").forEach(h -> h.get("highlights").properties()
                .forEach(e -> onlyEmphasis(e.getValue().asString())));

        JsonNode matches = api.get("/api/demands/" + demand.get("id").asString() + "/matches",
                Map.of("includeWeak", "true"), MANAGER).json();
        List<String> explained = new ArrayList<>();
        collectMarkup(matches, explained);
        JsonNode draft = api.post("/api/match", ApiClient.json(Map.of("title", "<iframe src=javascript:alert(4)>焊缝检测",
                "description", "焊缝表面缺陷视觉检测<script>y()</script>")), MANAGER).json();
        collectMarkup(draft, explained);
        assertThat(explained).as("marked texts in match explanations").isNotEmpty()
                .allSatisfy(MarkupEscapingTest::onlyEmphasis)
                .anySatisfy(text -> assertThat(text).contains("&lt;"));
    }

    /** After removing {@code <em>} and {@code </em>} no angle bracket is left: nothing else can be a tag. */
    private static void onlyEmphasis(String html) {
        assertThat(html.replace("<em>", "").replace("</em>", "")).doesNotContain("<").doesNotContain(">");
    }

    private static void collectMarkup(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (MARKUP_FIELDS.contains(e.getKey()) && e.getValue().isString()) {
                    out.add(e.getValue().asString());
                } else {
                    collectMarkup(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectMarkup(child, out));
        }
    }
}
