package org.techmatch.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces runs of adjacent tokens that together spell a domain term by one token, e.g. smartcn's
 * 锂 / 离子 / 电池 by 锂离子电池, so that the term can be matched, boosted and mapped to synonyms as a
 * unit. The match is greedy and longest-first; the merged token keeps the first piece's position
 * and spans the pieces' offsets.
 *
 * <p>Tokens only join when they touch in the original text and follow each other without a
 * position gap, so a space, a line break or a removed token always separates terms.
 */
final class DomainTermMergeFilter extends TokenFilter {

  /** The longest bundled term needs six smartcn pieces; the margin is for future terms. */
  static final int DEFAULT_MAX_TOKENS = 8;

  private final DomainDictionary dictionary;
  private final int maxTokens;
  private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute positionIncrementAttribute =
      addAttribute(PositionIncrementAttribute.class);

  private final List<Piece> lookahead = new ArrayList<>();
  private final StringBuilder key = new StringBuilder();
  private boolean inputExhausted;

  private record Piece(State state, String text, int startOffset, int endOffset, int positionIncrement) {}

  DomainTermMergeFilter(TokenStream input, DomainDictionary dictionary) {
    this(input, dictionary, DEFAULT_MAX_TOKENS);
  }

  DomainTermMergeFilter(TokenStream input, DomainDictionary dictionary, int maxTokens) {
    super(input);
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
    }
    this.dictionary = dictionary;
    this.maxTokens = maxTokens;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (lookahead.isEmpty() && !readPiece()) {
      return false;
    }
    String mergedTerm = null;
    int mergedCount = 1;
    key.setLength(0);
    for (int index = 0; index < maxTokens; index++) {
      if (index == lookahead.size() && !readPiece()) {
        break;
      }
      Piece piece = lookahead.get(index);
      if (index > 0 && !follows(lookahead.get(index - 1), piece)) {
        break;
      }
      key.append(piece.text());
      if (index > 0) {
        String term = dictionary.termForKey(key);
        if (term != null) {
          mergedTerm = term;
          mergedCount = index + 1;
        }
      }
      if (!dictionary.mayContinue(key)) {
        break;
      }
    }
    emit(mergedTerm, mergedCount);
    return true;
  }

  private void emit(String mergedTerm, int count) {
    Piece first = lookahead.getFirst();
    Piece last = lookahead.get(count - 1);
    lookahead.subList(0, count).clear();
    restoreState(first.state());
    if (mergedTerm != null) {
      termAttribute.setEmpty().append(mergedTerm);
      offsetAttribute.setOffset(first.startOffset(), last.endOffset());
    }
  }

  private static boolean follows(Piece previous, Piece next) {
    return next.positionIncrement() == 1 && next.startOffset() == previous.endOffset();
  }

  private boolean readPiece() throws IOException {
    if (inputExhausted) {
      return false;
    }
    if (!input.incrementToken()) {
      inputExhausted = true;
      return false;
    }
    lookahead.add(
        new Piece(
            captureState(),
            termAttribute.toString(),
            offsetAttribute.startOffset(),
            offsetAttribute.endOffset(),
            positionIncrementAttribute.getPositionIncrement()));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead.clear();
    inputExhausted = false;
  }
}
