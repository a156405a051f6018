package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmatch.text.Tokens.Token;

class BigramAnalyzerTest {

  private static TextAnalysis analysis;
  private static Analyzer bigrams;

  @BeforeAll
  static void load() {
    analysis = TextAnalysis.load();
    bigrams = analysis.bigramAnalyzer();
  }

  @Test
  void overlappingBigramsForAKnownSentence() {
    String text = "基于深度学习的图像识别";
    List<Token> tokens = Tokens.analyze(bigrams, text);

    assertThat(tokens).extracting(Token::term)
        .containsExactly("基于", "于深", "深度", "度学", "学习", "习的", "的图", "图像", "像识", "识别");
    assertThat(tokens).allSatisfy(token -> {
      assertThat(token.type()).isEqualTo(CJKBigramFilter.DOUBLE_TYPE);
      assertThat(token.positionIncrement()).isEqualTo(1);
      assertThat(Tokens.covered(text, token)).isEqualTo(token.term());
    });
    assertThat(analysis.bigrams(text)).isEqualTo(tokens.stream().map(Token::term).toList());
  }

  @Test
  void latinWordsAndNumbersStayWholeAndLowerCased() {
    assertThat(Tokens.terms(bigrams, "基于YOLOv5的焊缝检测，精度99.5%"))
        .containsExactly("基于", "yolov5", "的焊", "焊缝", "缝检", "检测", "精度", "99.5");
    assertThat(Tokens.terms(bigrams, "ＹＯＬＯｖ５")).containsExactly("yolov5");
  }

  @Test
  void isolatedIdeographStillProducesAToken() {
    List<Token> tokens = Tokens.analyze(bigrams, "AGV 车 2024年");
    assertThat(tokens).extracting(Token::term).containsExactly("agv", "车", "2024", "年");
    assertThat(tokens.get(1).type()).isEqualTo(CJKBigramFilter.SINGLE_TYPE);
  }

  @Test
  void punctuationAndSpacesBreakTheBigramChain() {
    assertThat(Tokens.terms(bigrams, "碳纤维，复合\u3000材料"))
        .containsExactly("碳纤", "纤维", "复合", "材料");
  }

  @Test
  void zeroWidthCharactersDoNotBreakTheBigramChain() {
    String text = "碳\u200B纤维";
    List<Token> tokens = Tokens.analyze(bigrams, text);
    assertThat(tokens).extracting(Token::term).containsExactly("碳纤", "纤维");
    assertThat(Tokens.covered(text, tokens.getFirst())).isEqualTo("碳\u200B纤");
  }

  @Test
  void queryThatIsSegmentedDifferentlyStillSharesBigrams() {
    String stored = "高性能锂离子电池隔膜";
    String query = "离子电池";

    // The stored text indexes 锂离子电池 as one merged word, the query only has 离子 / 电池.
    assertThat(analysis.words(stored)).doesNotContainAnyElementsOf(analysis.words(query));
    assertThat(analysis.bigrams(stored)).containsAll(analysis.bigrams(query));
    assertThat(analysis.bigrams(query)).containsExactly("离子", "子电", "电池");
  }

  @Test
  void trailingLoneSurrogateDoesNotSwallowTheText() {
    // Without the normaliser StandardTokenizer emits nothing at all for this input.
    assertThat(Tokens.terms(bigrams, "碳纤维ab\uD8B1")).containsExactly("碳纤", "纤维", "ab");
  }

  @Test
  void fullWidthInputGivesTheSameBigramsWithOriginalOffsets() {
    String text = "ＰＬＣ控制器";
    List<Token> tokens = Tokens.analyze(bigrams, text);
    assertThat(tokens).extracting(Token::term).containsExactly("plc", "控制", "制器");
    assertThat(Tokens.covered(text, tokens.getFirst())).isEqualTo("ＰＬＣ");
    assertThat(Tokens.terms(bigrams, "plc控制器")).containsExactly("plc", "控制", "制器");
  }
}
