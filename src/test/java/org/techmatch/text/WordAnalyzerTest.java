package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmatch.text.Tokens.Token;

/** The word analyzers with the bundled dictionary and synonym list. */
class WordAnalyzerTest {

  private static TextAnalysis analysis;

  @BeforeAll
  static void load() {
    analysis = TextAnalysis.load();
  }

  private static Set<String> termsAt(List<List<String>> positions, int index) {
    return Set.copyOf(positions.get(index));
  }

  @Test
  void domainTermArrivesAsOneToken() {
    Analyzer withoutSynonyms = new WordAnalyzer(analysis.dictionary(), null, WordAnalyzer.Mode.QUERY);
    assertThat(Tokens.terms(withoutSynonyms, "高性能锂离子电池正极材料制备"))
        .containsExactly("高性能", "锂离子电池", "正极材料", "制备");
    assertThat(Tokens.terms(withoutSynonyms, "质子交换膜燃料电池的膜电极"))
        .containsExactly("质子交换膜燃料电池", "的", "膜电极");
  }

  @Test
  void queryExpandsSynonymsAtTheSamePosition() {
    List<List<String>> positions = Tokens.termsByPosition(analysis.wordQueryAnalyzer(), "锂电池回收");
    assertThat(positions).hasSize(2);
    assertThat(termsAt(positions, 0)).containsExactlyInAnyOrder("锂电池", "锂离子电池");
    assertThat(termsAt(positions, 1)).containsExactly("回收");

    assertThat(Tokens.analyze(analysis.wordQueryAnalyzer(), "锂电池回收"))
        .filteredOn(token -> token.term().startsWith("锂"))
        .allSatisfy(token -> {
          assertThat(token.start()).isZero();
          assertThat(token.end()).isEqualTo(3);
          assertThat(token.positionLength()).isEqualTo(1);
        });
  }

  @Test
  void indexSideInjectsSynonymsFlattened() {
    List<Token> tokens = Tokens.analyze(analysis.wordIndexAnalyzer(), "可编程逻辑控制器在数控机床中的应用");
    List<List<String>> positions = Tokens.termsByPosition(analysis.wordIndexAnalyzer(), "可编程逻辑控制器在数控机床中的应用");

    assertThat(termsAt(positions, 0)).containsExactlyInAnyOrder("可编程逻辑控制器", "可编程控制器", "plc");
    assertThat(termsAt(positions, 1)).containsExactly("在");
    assertThat(termsAt(positions, 2)).containsExactlyInAnyOrder("数控机床", "cnc");
    assertThat(tokens).allSatisfy(token -> assertThat(token.positionLength()).isEqualTo(1));
  }

  @Test
  void wordsReturnsIndexedTokensIncludingSynonyms() {
    assertThat(analysis.words("VOCs治理")).containsExactlyInAnyOrder("vocs", "挥发性有机物", "挥发性有机化合物", "治理");
    assertThat(analysis.words("")).isEmpty();
    assertThat(analysis.words(null)).isEmpty();
  }

  @Test
  void fullWidthAndCaseDoNotChangeTokensAndOffsetsPointIntoTheOriginal() {
    for (Analyzer analyzer : List.of(analysis.wordIndexAnalyzer(), analysis.wordQueryAnalyzer())) {
      String fullWidth = "ＰＬＣ控制器";
      assertThat(Tokens.terms(analyzer, fullWidth))
          .isEqualTo(Tokens.terms(analyzer, "plc控制器"))
          .isEqualTo(Tokens.terms(analyzer, "PLC控制器"));

      List<Token> tokens = Tokens.analyze(analyzer, fullWidth);
      Token plc = tokens.stream().filter(t -> t.term().equals("plc")).findFirst().orElseThrow();
      Token controller = tokens.stream().filter(t -> t.term().equals("控制器")).findFirst().orElseThrow();
      assertThat(Tokens.covered(fullWidth, plc)).isEqualTo("ＰＬＣ");
      assertThat(controller.start()).isEqualTo(3);
      assertThat(controller.end()).isEqualTo(6);
    }
  }

  @Test
  void offsetsCoverCharactersRemovedOrShrunkByNormalisation() {
    String text = "锂离\u200B子电池与ｶﾞｽ传感器";
    List<Token> tokens = Tokens.analyze(analysis.wordIndexAnalyzer(), text);

    Token battery = tokens.stream().filter(t -> t.term().equals("锂离子电池")).findFirst().orElseThrow();
    assertThat(Tokens.covered(text, battery)).isEqualTo("锂离\u200B子电池");
    Token sensor = tokens.stream().filter(t -> t.term().equals("传感器")).findFirst().orElseThrow();
    assertThat(Tokens.covered(text, sensor)).isEqualTo("传感器");
    assertThat(sensor.start()).isEqualTo(text.indexOf("传感器"));
  }

  @Test
  void ideographicAndNoBreakSpacesSeparateWords() {
    String text = "锂离子电池\u3000固态电池\u00A0隔膜";
    Analyzer withoutSynonyms = new WordAnalyzer(analysis.dictionary(), null, WordAnalyzer.Mode.QUERY);
    List<Token> tokens = Tokens.analyze(withoutSynonyms, text);

    assertThat(tokens).extracting(Token::term).containsExactly("锂离子电池", "固态电池", "隔膜");
    assertThat(tokens).extracting(Token::start).containsExactly(0, 6, 11);
    assertThat(tokens).extracting(Token::end).containsExactly(5, 10, 13);
  }

  @Test
  void mixedLatinAndChinese() {
    String text = "基于YOLOv5的焊缝缺陷检测";
    Analyzer withoutSynonyms = new WordAnalyzer(analysis.dictionary(), null, WordAnalyzer.Mode.QUERY);
    List<Token> tokens = Tokens.analyze(withoutSynonyms, text);

    assertThat(tokens).extracting(Token::term).containsExactly("基于", "yolov5", "的", "焊缝", "缺陷检测");
    assertThat(Tokens.covered(text, tokens.get(1))).isEqualTo("YOLOv5");
    assertThat(Tokens.terms(withoutSynonyms, "ＹＯＬＯｖ５"))
        .as("smartcn would give yolov / 5").containsExactly("yolov5");
  }

  @Test
  void latinAbbreviationsWithDigitsAndPunctuationReachTheirSynonyms() {
    assertThat(Set.copyOf(analysis.words("5G")))
        .containsExactlyInAnyOrder("5g", "第五代移动通信");
    assertThat(Set.copyOf(analysis.words("PM2.5")))
        .containsExactlyInAnyOrder("pm2.5", "细颗粒物");
    List<List<String>> positions = Tokens.termsByPosition(analysis.wordQueryAnalyzer(), "CAR-T疗法");
    assertThat(termsAt(positions, 0)).containsExactlyInAnyOrder("car-t", "嵌合抗原受体t细胞");
  }

  @Test
  void punctuationAndSymbolsAreDroppedLeavingAPositionGap() {
    List<Token> tokens = Tokens.analyze(analysis.wordQueryAnalyzer(), "碳纤维，复合材料😀！");
    assertThat(tokens).extracting(Token::term).containsExactly("碳纤维", "复合材料");
    assertThat(tokens.get(1).positionIncrement()).isEqualTo(2);
  }

  @Test
  void synonymEntriesAreNormalisedLikeText() throws Exception {
    SynonymMap synonyms = SynonymsParser.parse(new StringReader("ＡＧＶ,自动导引车\n"));
    Analyzer analyzer = new WordAnalyzer(DomainDictionary.of("agv", "自动导引车"), synonyms, WordAnalyzer.Mode.QUERY);
    assertThat(Tokens.terms(analyzer, "AGV")).containsExactlyInAnyOrder("agv", "自动导引车");
  }
}
