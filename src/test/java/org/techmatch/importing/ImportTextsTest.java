package org.techmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportTextsTest {

    @Test
    void noBreakAndIdeographicIndentsAreRemovedAndInnerRunsCollapsed() {
        assertThat(ImportTexts.text("\u00a0\u00a0“青藏高原…”项目。\u3000\u3000第二句  结束。 ").text())
                .isEqualTo("“青藏高原…”项目。 第二句 结束。");
        assertThat(ImportTexts.text("第一段\r\n\u3000\u3000第二段\n\n\n\n第三段").text())
                .isEqualTo("第一段\n第二段\n\n第三段");
    }

    @Test
    void blankTextBecomesNull() {
        assertThat(ImportTexts.text(" \u00a0\u3000 ").text()).isNull();
        assertThat(ImportTexts.text(null).text()).isNull();
        assertThat(ImportTexts.line("\"\"").text()).isNull();
    }

    @Test
    void aControlCharacterBetweenLatinLettersIsTheLostHyphenAndIsReported() {
        ImportTexts.Cleaned cleaned = ImportTexts.line("一种高强Al-Zn\u0002Mg-Cu-Ce-Y\u0002Er-La-Sc变形铝合金");
        assertThat(cleaned.text()).isEqualTo("一种高强Al-Zn-Mg-Cu-Ce-Y-Er-La-Sc变形铝合金");
        assertThat(cleaned.replacedControls()).containsExactly("U+0002");
        assertThat(ImportTexts.text("铝合金\u0007制备").text()).isEqualTo("铝合金 制备");
    }

    @Test
    void zeroWidthCharactersAndByteOrderMarksDisappearSilently() {
        ImportTexts.Cleaned cleaned = ImportTexts.text("\ufeff智能\u200c制造\u200b系统\u00ad");
        assertThat(cleaned.text()).isEqualTo("智能制造系统");
        assertThat(cleaned.replacedControls()).isEmpty();
    }

    @Test
    void subAndSuperscriptMarkupBecomesTextButLiteralAngleBracketsStay() {
        assertThat(ImportTexts.text("透湿率大于8000g·m<sup>2</sup>/24h").text()).isEqualTo("透湿率大于8000g·m²/24h");
        assertThat(ImportTexts.text("最大可调误差ΔT<sub>x</sub>进行比较").text()).isEqualTo("最大可调误差ΔTₓ进行比较");
        assertThat(ImportTexts.text("H<SUB>2</SUB>O 与 CO<sub>2</sub>").text()).isEqualTo("H₂O 与 CO₂");
        // no Unicode form for every letter: the plain content rather than a half-converted one
        assertThat(ImportTexts.text("K<sub>cat</sub>值").text()).isEqualTo("Kcat值");
        assertThat(ImportTexts.text("其中0<x<1，且粒径<10mm；p<0.05）,p=\"\">").text())
                .isEqualTo("其中0<x<1，且粒径<10mm；p<0.05）,p=\"\">");
        assertThat(ImportTexts.text("<001>晶向，<1)的体积含量>").text()).isEqualTo("<001>晶向，<1)的体积含量>");
        assertThat(ImportTexts.text("第一行<br/>第二行").text()).isEqualTo("第一行\n第二行");
    }

    @Test
    void wrappingQuotesGoButQuotesInsideTheTextStay() {
        assertThat(ImportTexts.line("\"宝武-板坯表面缺陷识别\"").text()).isEqualTo("宝武-板坯表面缺陷识别");
        assertThat(ImportTexts.line("\u00a0\"宝武-板坯表面缺陷识别\" ").text()).isEqualTo("宝武-板坯表面缺陷识别");
        // the closing quote was lost to the source's 500-character cut, or the opening one to a paste
        assertThat(ImportTexts.stripWrappingQuotes("\"背景：在CSP生产工艺中")).isEqualTo("背景：在CSP生产工艺中");
        assertThat(ImportTexts.stripWrappingQuotes("提高耐火材料砖的使用寿命。\"")).isEqualTo("提高耐火材料砖的使用寿命。");
        assertThat(ImportTexts.line("玉米极早熟品种\"农丰2号\"选育及推广").text()).isEqualTo("玉米极早熟品种\"农丰2号\"选育及推广");
        assertThat(ImportTexts.stripWrappingQuotes("\"玉米宽覆膜高密度栽培技术\"是我市……\"核心内容\""))
                .isEqualTo("\"玉米宽覆膜高密度栽培技术\"是我市……\"核心内容\"");
        assertThat(ImportTexts.line("“青麦6号”选育").text()).isEqualTo("“青麦6号”选育");
    }

    @Test
    void aLineHasNoLineBreaks() {
        assertThat(ImportTexts.line("高压大电流\n快恢复二极管").text()).isEqualTo("高压大电流 快恢复二极管");
    }
}
