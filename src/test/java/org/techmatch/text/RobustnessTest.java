package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inputs the indexer will eventually meet: nothing, a lot, garbage, and many threads. */
class RobustnessTest {

  private static TextAnalysis analysis;
  private static Map<String, Analyzer> analyzers;

  @BeforeAll
  static void load() {
    analysis = TextAnalysis.load();
    analyzers =
        Map.of(
            "wordIndex", analysis.wordIndexAnalyzer(),
            "wordQuery", analysis.wordQueryAnalyzer(),
            "bigram", analysis.bigramAnalyzer());
  }

  @Test
  void emptyAndBlankInputsGiveNoTokens() {
    analyzers.forEach((name, analyzer) -> {
      assertThat(Tokens.analyze(analyzer, "")).as(name).isEmpty();
      assertThat(Tokens.analyze(analyzer, " \u3000\u00A0\u200B\t\n")).as(name).isEmpty();
      assertThat(Tokens.analyze(analyzer, "，。！？……")).as(name).isEmpty();
    });
    assertThat(analysis.bigrams("")).isEmpty();
  }

  @Test
  void veryLongInput() {
    String sentence = "本项目研发高性能锂离子电池正极材料，采用ＰＬＣ与机器视觉实现智能制造。";
    String withSentences = sentence.repeat(100_000 / sentence.length() + 1).substring(0, 100_000);
    StringBuilder noBreaks = new StringBuilder();
    while (noBreaks.length() < 100_000) {
      noBreaks.append("锂离子电池质子交换膜碳纤维复合材料");
    }
    for (String text : List.of(withSentences, noBreaks.substring(0, 100_000))) {
      analyzers.forEach((name, analyzer) -> assertThat(Tokens.analyze(analyzer, text)).as(name).hasSizeGreaterThan(10_000));
    }
    assertThat(analysis.words(withSentences)).contains("锂离子电池", "锂电池", "可编程逻辑控制器", "机器视觉");
  }

  @Test
  void randomUnicodeNeverBreaksTheStreamContract() {
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      String text = RandomText.unicode(random, 200);
      analyzers.forEach((name, analyzer) -> {
        try {
          Tokens.analyze(analyzer, text);
        } catch (RuntimeException | AssertionError e) {
          throw new AssertionError(name + " failed on " + TextNormalizerTest.escape(text), e);
        }
      });
    }
  }

  @Test
  void reusedAnalyzerGivesTheSameTokensAsAFreshOne() throws IOException {
    String first = "新型锂离子";
    String second = "电池隔膜与ＰＬＣ";
    for (Analyzer analyzer : analyzers.values()) {
      List<Tokens.Token> expected = Tokens.analyze(analyzer, second);
      Tokens.analyze(analyzer, first);
      assertThat(Tokens.analyze(analyzer, second)).isEqualTo(expected);

      try (TokenStream abandoned = analyzer.tokenStream("text", "可编程逻辑控制器和锂离子电池")) {
        abandoned.reset();
        abandoned.incrementToken();
      }
      assertThat(Tokens.analyze(analyzer, second)).isEqualTo(expected);
    }
  }

  @Test
  void sharedInstanceIsThreadSafe() throws Exception {
    List<String> texts = List.of(
        "高性能锂离子电池正极材料制备", "基于YOLOv5的焊缝缺陷检测", "工业废水膜分离超滤技术",
        "小站稻耐盐碱种植", "CAR-T细胞治疗", "ＰＬＣ控制器在数控机床中的应用");
    List<List<String>> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(analysis.words(text));
      expected.add(analysis.bigrams(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        runs.add(pool.submit(() -> {
          List<List<String>> results = new ArrayList<>();
          for (int round = 0; round < 50; round++) {
            results.clear();
            for (String text : texts) {
              results.add(analysis.words(text));
              results.add(analysis.bigrams(text));
            }
          }
          return results;
        }));
      }
      for (Future<List<List<String>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
