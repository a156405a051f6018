package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Collects every attribute the tests care about, and checks on each run the stream contract
 * that the indexer relies on (lucene-test-framework's checks need JUnit 4 and randomizedtesting).
 */
final class Tokens {

  record Token(String term, int start, int end, int positionIncrement, int positionLength, String type) {
    @Override
    public String toString() {
      return term + "[" + start + "," + end + ") +" + positionIncrement + (positionLength == 1 ? "" : " len" + positionLength);
    }
  }

  private Tokens() {}

  static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int lastStart = 0;
      boolean first = true;
      while (stream.incrementToken()) {
        Token token =
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                increment.getPositionIncrement(),
                length.getPositionLength(),
                type.type());
        assertThat(token.term()).as("empty term in %s", tokens).isNotEmpty();
        assertThat(token.start()).as("start offset of %s", token).isBetween(0, text.length());
        assertThat(token.end()).as("end offset of %s", token).isBetween(token.start(), text.length());
        assertThat(token.positionIncrement()).as("position increment of %s", token).isGreaterThanOrEqualTo(first ? 1 : 0);
        assertThat(token.positionLength()).as("position length of %s", token).isPositive();
        if (token.positionIncrement() > 0) {
          // Lucene's indexer rejects start offsets that go backwards between positions.
          assertThat(token.start()).as("start offset going backwards at %s", token).isGreaterThanOrEqualTo(lastStart);
          lastStart = token.start();
        }
        first = false;
        tokens.add(token);
      }
      stream.end();
      assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return analyze(analyzer, text).stream().map(Token::term).toList();
  }

  /** Terms grouped by absolute position, e.g. [[锂电池, 锂离子电池], [材料]]. */
  static List<List<String>> termsByPosition(Analyzer analyzer, String text) {
    List<List<String>> positions = new ArrayList<>();
    for (Token token : analyze(analyzer, text)) {
      for (int skipped = 1; skipped < token.positionIncrement(); skipped++) {
        positions.add(new ArrayList<>());
      }
      if (token.positionIncrement() > 0 || positions.isEmpty()) {
        positions.add(new ArrayList<>());
      }
      positions.getLast().add(token.term());
    }
    positions.removeIf(List::isEmpty);
    return positions;
  }

  /** The slice of the original text that a token's offsets point at. */
  static String covered(String text, Token token) {
    return text.substring(token.start(), token.end());
  }
}
