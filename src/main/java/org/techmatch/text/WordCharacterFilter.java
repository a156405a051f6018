package org.techmatch.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens without a letter or digit. smartcn turns every punctuation mark into a "," token
 * (its own stop list removes only that) but passes emoji and other symbols through unchanged;
 * none of them is worth indexing. The removed token leaves a position gap, so phrases do not
 * match across punctuation.
 */
final class WordCharacterFilter extends FilteringTokenFilter {

  private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

  WordCharacterFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    for (int i = 0; i < termAttribute.length(); ) {
      int codePoint = Character.codePointAt(termAttribute, i);
      if (Character.isLetterOrDigit(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }
}
