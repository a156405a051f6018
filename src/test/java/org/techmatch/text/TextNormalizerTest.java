package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsFullWidthLatinAndDigitsAndLowerCases() {
    assertThat(TextAnalysis.normalize("ＰＬＣ控制器")).isEqualTo("plc控制器");
    assertThat(TextAnalysis.normalize("ＹＯＬＯｖ５，２０２４年")).isEqualTo("yolov5,2024年");
    assertThat(TextAnalysis.normalize("PLC控制器")).isEqualTo(TextAnalysis.normalize("ＰＬＣ控制器"));
  }

  @Test
  void foldsHalfWidthKatakanaIncludingVoicedMarks() {
    assertThat(TextAnalysis.normalize("ｶﾞｽｾﾝｻｰ")).isEqualTo("ガスセンサー");
  }

  @Test
  void appliesCompatibilityDecomposition() {
    // circled digit, unit square, Kangxi radical, ligature, CJK compatibility ideograph
    assertThat(TextAnalysis.normalize("①㎏⼀ﬁ\uF900")).isEqualTo("1kg一fi\u8C48");
    assertThat(TextAnalysis.normalize("25℃")).isEqualTo("25°c");
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(TextAnalysis.normalize("\uFEFF锂\u200B离子\u200C电\u200D池")).isEqualTo("锂离子电池");
  }

  @Test
  void collapsesAllKindsOfWhitespace() {
    assertThat(TextAnalysis.normalize("  锂电池\u3000\u00A0 材料\t\n工艺\u2002 ")).isEqualTo("锂电池 材料 工艺");
  }

  @Test
  void replacesUnpairedSurrogates() {
    assertThat(TextAnalysis.normalize("ab\uD8B1")).isEqualTo("ab\uFFFD");
    assertThat(TextAnalysis.normalize("\uDC00中\uD840\uDC00")).isEqualTo("\uFFFD中\uD840\uDC00");
  }

  @Test
  void handlesNullEmptyAndBlank() {
    assertThat(TextAnalysis.normalize(null)).isEmpty();
    assertThat(TextAnalysis.normalize("")).isEmpty();
    assertThat(TextAnalysis.normalize("\u3000 \u200B\u00A0")).isEmpty();
  }

  @Test
  void isIdempotent() {
    Random random = new Random(20240611);
    for (int i = 0; i < 500; i++) {
      String text = RandomText.unicode(random, 40);
      String once = TextAnalysis.normalize(text);
      assertThat(TextAnalysis.normalize(once)).as("input %s", escape(text)).isEqualTo(once);
    }
  }

  /**
   * Text the char filters would give back unchanged skips them; whichever way a text goes, its normal form is what
   * the analyzers' chain of readers makes of it.
   */
  @Test
  void agreesWithTheAnalyzersReaderChainOnEveryText() throws IOException {
    Random random = new Random(20261206);
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
        "高导热石墨烯薄膜的连续制备工艺，PLC 控制", "ＰＬＣ控制器", "ｶﾞｽｾﾝｻｰ", "①㎏⼀ﬁ\uF900", "锂\u200B离子",
        "ab\uD8B1", "\uDC00中\uD840\uDC00", "𠀀字 Ⅻ 25℃"));
    for (int i = 0; i < 2_000; i++) {
      texts.add(RandomText.unicode(random, 60));
    }
    for (String text : texts) {
      String chained = readAll(TextNormalizer.wrap(new StringReader(text)));
      assertThat(TextAnalysis.normalize(text)).as("input %s", escape(text))
          .isEqualTo(TextAnalysis.normalize(chained));
    }
  }

  @Test
  void charFilterMapsOffsetsBackToTheOriginal() throws IOException {
    // a ① ㎏ zero-width-space b  ->  a 1 k g b
    String original = "a①㎏\u200Bb";
    CharFilter filter = (CharFilter) TextNormalizer.wrap(new StringReader(original));
    assertThat(readAll(filter)).isEqualTo("a1kgb");
    assertThat(filter.correctOffset(0)).isEqualTo(0);
    assertThat(filter.correctOffset(1)).as("start of 1").isEqualTo(1);
    assertThat(filter.correctOffset(2)).as("end of 1, start of kg").isEqualTo(2);
    assertThat(filter.correctOffset(4)).as("end of kg lands after ㎏ and the zero-width space").isEqualTo(4);
    assertThat(filter.correctOffset(5)).as("end of text").isEqualTo(original.length());
  }

  @Test
  void charFilterMapsShrunkKatakanaToTheWholeOriginalCharacter() throws IOException {
    String original = "ｶﾞｽ";
    CharFilter filter = (CharFilter) TextNormalizer.wrap(new StringReader(original));
    assertThat(readAll(filter)).isEqualTo("ガス");
    assertThat(filter.correctOffset(1)).isEqualTo(2);
    assertThat(filter.correctOffset(2)).isEqualTo(3);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int c = reader.read(); c != -1; c = reader.read()) {
      text.append((char) c);
    }
    return text.toString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
    return escaped.toString();
  }
}
