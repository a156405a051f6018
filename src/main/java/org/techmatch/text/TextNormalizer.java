package org.techmatch.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * The single definition of text normalisation. Analyzers use {@link #wrap(Reader)} so that
 * offsets still point into the original text; {@link #normalize(String)} runs the very same
 * chain so stored keys and analyzed tokens can never drift apart.
 */
final class TextNormalizer {

  /**
   * Invisible characters that appear in text pasted from Word, web pages and PDFs. They split
   * words for the tokenizers while the reader sees none, so they are removed outright.
   */
  private static final String INVISIBLE_CHARS = "\u200B\u200C\u200D\uFEFF\u2060\u00AD";
  private static final NormalizeCharMap INVISIBLES = buildInvisibles();

  private TextNormalizer() {}

  private static NormalizeCharMap buildInvisibles() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    INVISIBLE_CHARS.chars().forEach(invisible -> builder.add(String.valueOf((char) invisible), ""));
    return builder.build();
  }

  /**
   * Width folding first because it streams and covers almost all real input; NFKC afterwards
   * catches the rest (circled digits, compatibility ideographs, U+00A0/U+3000 to a plain space).
   */
  static Reader wrap(Reader reader) {
    return new NfkcCharFilter(new MappingCharFilter(INVISIBLES, new CJKWidthCharFilter(reader)));
  }

  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (unchangedByTheChain(text)) {
      return lowerCaseAndCollapseSpaces(text);
    }
    String folded;
    try (Reader reader = wrap(new StringReader(text))) {
      folded = readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return lowerCaseAndCollapseSpaces(folded);
  }

  /**
   * Whether the char filters would give the text back as it is: no invisible character, no unpaired surrogate, and
   * already NFKC (which leaves no full-width ASCII nor half-width katakana for width folding to change). Most stored
   * text is, and matching folds every candidate's text: the chain of readers was a tenth of a match's time.
   */
  private static boolean unchangedByTheChain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || INVISIBLE_CHARS.indexOf(c) >= 0) {
        return false;
      }
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[1024];
    for (int read = reader.read(chunk); read != -1; read = reader.read(chunk)) {
      text.append(chunk, 0, read);
    }
    return text.toString();
  }

  /** Per code point like Lucene's LowerCaseFilter, so this agrees with the analyzed tokens. */
  private static String lowerCaseAndCollapseSpaces(String text) {
    StringBuilder result = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        pendingSpace = result.length() > 0;
        continue;
      }
      if (pendingSpace) {
        result.append(' ');
        pendingSpace = false;
      }
      result.appendCodePoint(Character.toLowerCase(codePoint));
    }
    return result.toString();
  }
}
