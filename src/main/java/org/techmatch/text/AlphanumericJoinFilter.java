package org.techmatch.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Rejoins alphabetic and numeric runs that touch, which smartcn always cuts apart: "yolov5" arrives
 * as yolov / 5, "5g" as 5 / g, "co2" as co / 2. Model names, standards and chemical formulae are
 * what people search for, and the bigram field (StandardTokenizer) already keeps them whole.
 */
final class AlphanumericJoinFilter extends TokenFilter {

  private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute positionIncrementAttribute =
      addAttribute(PositionIncrementAttribute.class);

  private State pending;
  private boolean inputExhausted;

  AlphanumericJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (!nextFromInput()) {
      return false;
    }
    if (!isAlphanumeric(termAttribute)) {
      return true;
    }
    while (true) {
      State joined = captureState();
      int joinedEnd = offsetAttribute.endOffset();
      if (!nextFromInput()) {
        restoreState(joined);
        return true;
      }
      if (positionIncrementAttribute.getPositionIncrement() != 1
          || offsetAttribute.startOffset() != joinedEnd
          || !isAlphanumeric(termAttribute)) {
        pending = captureState();
        restoreState(joined);
        return true;
      }
      String tail = termAttribute.toString();
      int tailEnd = offsetAttribute.endOffset();
      restoreState(joined);
      termAttribute.append(tail);
      offsetAttribute.setOffset(offsetAttribute.startOffset(), tailEnd);
    }
  }

  private boolean nextFromInput() throws IOException {
    if (inputExhausted) {
      return false;
    }
    inputExhausted = !input.incrementToken();
    return !inputExhausted;
  }

  /** Latin, Greek and Cyrillic letters and digits; CJK is left to the segmenter and the dictionary. */
  private static boolean isAlphanumeric(CharSequence text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      i += Character.charCount(codePoint);
      if (Character.isDigit(codePoint)) {
        continue;
      }
      if (!Character.isLetter(codePoint)) {
        return false;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      if (script != Character.UnicodeScript.LATIN
          && script != Character.UnicodeScript.GREEK
          && script != Character.UnicodeScript.CYRILLIC) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    inputExhausted = false;
  }
}
