package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.techmatch.text.Tokens.Token;

/** Uses small hand-made dictionaries so each case shows exactly one merging rule. */
class DomainTermMergeFilterTest {

  private static Analyzer merging(DomainDictionary dictionary, int maxTokens) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, new DomainTermMergeFilter(stream, dictionary, maxTokens));
      }
    };
  }

  private static Analyzer merging(String... terms) {
    return merging(DomainDictionary.of(terms), DomainTermMergeFilter.DEFAULT_MAX_TOKENS);
  }

  @Test
  void smartcnSplitsTheTermsThisFilterExistsFor() {
    Analyzer plain = merging();
    assertThat(Tokens.terms(plain, "锂离子电池")).containsExactly("锂", "离子", "电池");
    assertThat(Tokens.terms(plain, "可编程逻辑控制器")).containsExactly("可", "编程", "逻辑", "控制器");
  }

  @Test
  void mergesPiecesIntoOneTokenWithFirstPositionAndMergedOffsets() {
    List<Token> tokens = Tokens.analyze(merging("锂离子电池"), "新型锂离子电池材料");

    assertThat(tokens).extracting(Token::term).containsExactly("新型", "锂离子电池", "材料");
    Token merged = tokens.get(1);
    assertThat(merged.start()).isEqualTo(2);
    assertThat(merged.end()).isEqualTo(7);
    assertThat(merged.positionIncrement()).isEqualTo(1);
    assertThat(merged.positionLength()).isEqualTo(1);
    assertThat(tokens.get(2).positionIncrement()).as("pieces leave no position gap").isEqualTo(1);
  }

  @Test
  void prefersTheLongestTerm() {
    assertThat(Tokens.terms(merging("锂离子", "锂离子电池"), "锂离子电池")).containsExactly("锂离子电池");
    assertThat(Tokens.terms(merging("锂离子"), "锂离子电池")).containsExactly("锂离子", "电池");
  }

  @Test
  void fallsBackToAShorterTermWhenTheLongerOneIsNotCompleted() {
    assertThat(Tokens.terms(merging("锂离子", "锂离子电池"), "锂离子电极"))
        .containsExactly("锂离子", "电极");
  }

  @Test
  void respectsTheLookaheadLimit() {
    DomainDictionary dictionary = DomainDictionary.of("可编程逻辑控制器");
    assertThat(Tokens.terms(merging(dictionary, 3), "可编程逻辑控制器")).containsExactly("可", "编程", "逻辑", "控制器");
    assertThat(Tokens.terms(merging(dictionary, 4), "可编程逻辑控制器")).containsExactly("可编程逻辑控制器");
    assertThatThrownBy(() -> new DomainTermMergeFilter(new WhitespaceTokenizer(), dictionary, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverMergesAcrossAGapInTheText() {
    assertThat(Tokens.terms(merging("锂离子电池"), "锂离子 电池")).containsExactly("锂", "离子", "电池");
  }

  @Test
  void mergesAdjacentTermsAndTermsAtBothEndsOfTheStream() {
    assertThat(Tokens.terms(merging("锂离子电池", "质子交换膜"), "锂离子电池质子交换膜"))
        .containsExactly("锂离子电池", "质子交换膜");
  }

  @Test
  void flushesAnUnfinishedPrefixAtEndOfStream() {
    assertThat(Tokens.terms(merging("锂离子电池"), "新型锂离子")).containsExactly("新型", "锂", "离子");
  }

  @Test
  void restoresTheDictionarySpellingOfTermsWithPunctuation() {
    // smartcn emits car / , / t: the comma stands for any punctuation mark
    List<Token> tokens = Tokens.analyze(merging("car-t"), "CAR-T疗法");
    assertThat(tokens).extracting(Token::term).containsExactly("car-t", "疗法");
    assertThat(tokens.getFirst().end()).isEqualTo(5);
  }

  @Test
  void doesNotCarryLookaheadIntoTheNextDocument() {
    Analyzer analyzer = merging("锂离子电池");
    assertThat(Tokens.terms(analyzer, "新型锂离子")).containsExactly("新型", "锂", "离子");
    assertThat(Tokens.terms(analyzer, "电池材料")).containsExactly("电池", "材料");
  }

  @Test
  void resetDiscardsTokensBufferedByAnAbandonedStream() throws IOException {
    Analyzer analyzer = merging("锂离子电池");
    try (TokenStream abandoned = analyzer.tokenStream("text", "锂离子电极和锂离子电池")) {
      abandoned.reset();
      assertThat(abandoned.incrementToken()).isTrue(); // the filter now holds read-ahead tokens
    }
    assertThat(Tokens.terms(analyzer, "电池")).containsExactly("电池");
  }

  @Test
  void worksOnAnyTokenizerThatKeepsOffsets() throws IOException {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader("a b"));
    try (TokenStream stream = new DomainTermMergeFilter(source, DomainDictionary.of("ab"))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      assertThat(stream.incrementToken()).isTrue();
      assertThat(term.toString()).as("a space lies between a and b").isEqualTo("a");
      assertThat(stream.incrementToken()).isTrue();
      assertThat(stream.incrementToken()).isFalse();
      assertThat(stream.incrementToken()).as("stays exhausted").isFalse();
      stream.end();
    }
  }
}
