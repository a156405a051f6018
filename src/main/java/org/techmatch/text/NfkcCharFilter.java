package org.techmatch.text;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies Unicode NFKC (compatibility ideographs, circled digits, ligatures, unit symbols such as
 * ㎏) while recording offset corrections, so highlights still land on the original text.
 *
 * <p>Unpaired surrogates become U+FFFD first: StandardTokenizer silently drops every token of a
 * text that ends in a lone high surrogate, and such text does occur in truncated fields.
 *
 * <p>The whole input is read on first use: whether a character composes with the next one is
 * only known after seeing it, and our documents (titles, abstracts, demands) are small enough
 * that buffering them is cheaper than a streaming segmenter.
 */
final class NfkcCharFilter extends BaseCharFilter {

  private String output;
  private int position;

  NfkcCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = normalizeAll(replaceUnpairedSurrogates(readFully(input)));
    }
    if (position >= output.length()) {
      return -1;
    }
    int count = Math.min(length, output.length() - position);
    output.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  private static String readFully(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int read = reader.read(chunk); read != -1; read = reader.read(chunk)) {
      text.append(chunk, 0, read);
    }
    return text.toString();
  }

  /** Same length in and out, so no offset correction is needed. */
  private static String replaceUnpairedSurrogates(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      chars[i] = '\uFFFD';
    }
    return chars == null ? text : new String(chars);
  }

  private String normalizeAll(String text) {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      return text;
    }
    StringBuilder normalized = new StringBuilder(text.length());
    int cumulativeDiff = 0;
    int index = 0;
    while (index < text.length()) {
      int segmentStart = index;
      index = segmentEnd(text, index);
      String segment = text.substring(segmentStart, index);
      String replacement = isStable(segment) ? segment : normalizeSegment(segment);
      int outputStart = normalized.length();
      normalized.append(replacement);
      cumulativeDiff = recordCorrection(outputStart, segment.length(), replacement.length(), cumulativeDiff);
    }
    return normalized.toString();
  }

  /**
   * Maps the end of a shorter replacement to the end of the original segment, and the extra
   * characters of a longer replacement to the end of the original segment, so that no corrected
   * offset ever falls inside a character the user sees as one.
   */
  private int recordCorrection(int outputStart, int inputLength, int outputLength, int cumulativeDiff) {
    if (outputLength < inputLength) {
      cumulativeDiff += inputLength - outputLength;
      addOffCorrectMap(outputStart + outputLength, cumulativeDiff);
    } else if (outputLength > inputLength) {
      for (int extra = 1; extra <= outputLength - inputLength; extra++) {
        addOffCorrectMap(outputStart + inputLength + extra, cumulativeDiff - extra);
      }
      cumulativeDiff -= outputLength - inputLength;
    }
    return cumulativeDiff;
  }

  /**
   * Keeps a segment as it is when its NFKC form would begin with a combining mark (Thai and Lao
   * AM decompose that way): the tokenizers would glue the mark onto the previous character and
   * the rest of the expansion would become a zero-length token, which makes CJKBigramFilter
   * produce offsets that go backwards, and IndexWriter rejects those.
   */
  private static String normalizeSegment(String segment) {
    String normalized = Normalizer.normalize(segment, Normalizer.Form.NFKC);
    if (!normalized.isEmpty() && isMark(normalized.codePointAt(0)) && !isMark(segment.codePointAt(0))) {
      return segment;
    }
    return normalized;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** A segment is a starter plus everything that may combine with it under NFKC. */
  private static int segmentEnd(String text, int start) {
    int index = start + Character.charCount(text.codePointAt(start));
    while (index < text.length()) {
      int codePoint = text.codePointAt(index);
      if (!combinesWithPrevious(codePoint)) {
        break;
      }
      index += Character.charCount(codePoint);
    }
    return index;
  }

  private static boolean combinesWithPrevious(int codePoint) {
    return isMark(codePoint)
        // half-width (semi-)voiced sound marks become combining marks under NFKC
        || codePoint == 0xFF9E
        || codePoint == 0xFF9F
        // Hangul medial and final jamo compose with the preceding jamo or syllable
        || (codePoint >= 0x1160 && codePoint <= 0x11FF)
        || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF);
  }

  /** Skips the normaliser for the characters that make up nearly all of our text. */
  private static boolean isStable(String segment) {
    if (segment.length() != 1) {
      return false;
    }
    char c = segment.charAt(0);
    return c < 0xA0 || (c >= 0x4E00 && c <= 0x9FFF);
  }
}
