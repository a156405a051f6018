package org.techmatch.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Domain terms that smartcn splits into pieces and {@link DomainTermMergeFilter} glues back.
 *
 * <p>Lookups go through a match key rather than the term itself: smartcn replaces every
 * punctuation mark by a "," token, so "car-t" reaches the filter as car / , / t. The key of a term
 * spells its punctuation the same way, and the merged token gets the term's real spelling back.
 */
final class DomainDictionary {

  /** smartcn's replacement for every delimiter character. */
  static final char PUNCTUATION_TOKEN = ',';

  private final Map<String, String> termsByKey;
  private final Set<String> keyPrefixes;

  private DomainDictionary(Map<String, String> termsByKey) {
    this.termsByKey = Map.copyOf(termsByKey);
    Set<String> prefixes = new HashSet<>();
    for (String key : termsByKey.keySet()) {
      for (int end = 1; end < key.length(); end++) {
        prefixes.add(key.substring(0, end));
      }
    }
    this.keyPrefixes = Set.copyOf(prefixes);
  }

  /**
   * One term per line, {@code #} starts a comment. Terms are normalised like analyzed text.
   *
   * @throws IllegalArgumentException for a term that could never arrive as contiguous tokens
   */
  static DomainDictionary parse(Reader source) throws IOException {
    Map<String, String> termsByKey = new HashMap<>();
    BufferedReader lines = new BufferedReader(source);
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      int comment = line.indexOf('#');
      String term = TextNormalizer.normalize(comment >= 0 ? line.substring(0, comment) : line);
      if (term.isEmpty()) {
        continue;
      }
      if (term.indexOf(' ') >= 0) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ": domain term '" + term + "' contains whitespace; tokens across a space are never merged");
      }
      if (!containsLetterOrDigit(term)) {
        throw new IllegalArgumentException("line " + lineNumber + ": domain term '" + term + "' has no letter or digit");
      }
      termsByKey.putIfAbsent(matchKey(term), term);
    }
    return new DomainDictionary(termsByKey);
  }

  static DomainDictionary of(String... terms) {
    Map<String, String> termsByKey = new HashMap<>();
    for (String term : terms) {
      String normalized = TextNormalizer.normalize(term);
      termsByKey.putIfAbsent(matchKey(normalized), normalized);
    }
    return new DomainDictionary(termsByKey);
  }

  /** The term spelled by these concatenated token texts, or null. */
  String termForKey(CharSequence key) {
    return termsByKey.get(key.toString());
  }

  /** Whether appending more tokens to this key could still reach a term. */
  boolean mayContinue(CharSequence key) {
    return keyPrefixes.contains(key.toString());
  }

  boolean contains(String term) {
    String normalized = TextNormalizer.normalize(term);
    return normalized.equals(termsByKey.get(matchKey(normalized)));
  }

  Set<String> terms() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(termsByKey.values()));
  }

  int size() {
    return termsByKey.size();
  }

  static String matchKey(String term) {
    StringBuilder key = new StringBuilder(term.length());
    term.codePoints()
        .forEach(cp -> {
          if (Character.isLetterOrDigit(cp)) {
            key.appendCodePoint(cp);
          } else {
            key.append(PUNCTUATION_TOKEN);
          }
        });
    return key.toString();
  }

  private static boolean containsLetterOrDigit(String term) {
    return term.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
