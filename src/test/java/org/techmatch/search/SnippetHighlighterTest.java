package org.techmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techmatch.text.TextAnalysis;

class SnippetHighlighterTest {
    private final SnippetHighlighter highlighter = new SnippetHighlighter(TextAnalysis.load());

    @Test
    void marksQueryTermsInTheOriginalText() {
        Set<String> terms = highlighter.termsOf("机器视觉检测");
        String marked = highlighter.markAll("基于机器视觉的焊缝缺陷在线检测系统", terms);
        assertThat(marked).contains("<em>").contains("检测</em>");
        assertThat(marked.replace("<em>", "").replace("</em>", "")).isEqualTo("基于机器视觉的焊缝缺陷在线检测系统");
    }

    @Test
    void aSynonymAndFullWidthLettersAreMarkedInTheOriginal() {
        Set<String> terms = highlighter.termsOf("PLC");
        assertThat(highlighter.markAll("基于国产可编程逻辑控制器的产线改造", terms)).contains("<em>可编程逻辑控制器</em>");
        assertThat(highlighter.markAll("ＰＬＣ程序仿真", terms)).isEqualTo("<em>ＰＬＣ</em>程序仿真");
    }

    @Test
    void markupInRecordsIsEscapedSoItCannotRunInAPage() {
        String marked = highlighter.markAll("<script>alert('x')</script>检测系统", highlighter.termsOf("检测"));
        assertThat(marked).doesNotContain("<script>").contains("&lt;script&gt;").contains("&#39;x&#39;")
                .contains("<em>");
    }

    @Test
    void aSnippetOfALongTextIsCutAroundTheMatches() {
        String text = "背景介绍。".repeat(200) + "本项目研发了高镍正极材料表面包覆工艺。" + "其他说明。".repeat(200);
        String snippet = highlighter.snippet(text, highlighter.termsOf("正极材料包覆"), 80);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<em>");
        assertThat(snippet.replaceAll("</?em>", "").length()).isLessThanOrEqualTo(82);
    }
}
