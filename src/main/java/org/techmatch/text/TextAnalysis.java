package org.techmatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Chinese text analysis for TechMatch: the one place that decides how achievements and demands
 * are cut into searchable tokens.
 *
 * <p>Two complementary token streams exist. Words (smartcn + domain terms + synonyms) give
 * precise, explainable matches; bigrams give recall when smartcn segments the query and the
 * stored text differently. Both normalise the text first (width, NFKC, invisible characters,
 * case) through a CharFilter, so every offset points into the original string for highlighting.
 *
 * <p>Instances are immutable and thread-safe; Lucene analyzers keep per-thread components.
 * Loading parses the bundled dictionaries, so build one instance and share it.
 */
public final class TextAnalysis {

  static final String DICTIONARY_RESOURCE = "text/domain-terms.txt";
  static final String SYNONYMS_RESOURCE = "text/synonyms.txt";

  private final DomainDictionary dictionary;
  private final Analyzer wordIndexAnalyzer;
  private final Analyzer wordQueryAnalyzer;
  private final Analyzer bigramAnalyzer;

  TextAnalysis(DomainDictionary dictionary, SynonymMap synonyms) {
    this.dictionary = dictionary;
    this.wordIndexAnalyzer = new WordAnalyzer(dictionary, synonyms, WordAnalyzer.Mode.INDEX);
    this.wordQueryAnalyzer = new WordAnalyzer(dictionary, synonyms, WordAnalyzer.Mode.QUERY);
    this.bigramAnalyzer = new BigramAnalyzer();
  }

  /** Loads the domain dictionary and synonym list bundled on the classpath. */
  public static TextAnalysis load() {
    try (Reader terms = openResource(DICTIONARY_RESOURCE);
        Reader synonyms = openResource(SYNONYMS_RESOURCE)) {
      return new TextAnalysis(DomainDictionary.parse(terms), SynonymsParser.parse(synonyms));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled text resources", e);
    } catch (ParseException e) {
      throw new IllegalStateException("invalid " + SYNONYMS_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static Reader openResource(String name) {
    InputStream stream = TextAnalysis.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalStateException("missing classpath resource " + name);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  /** For indexing the word field: domain terms merged, synonyms injected at the same position. */
  public Analyzer wordIndexAnalyzer() {
    return wordIndexAnalyzer;
  }

  /** For querying the word field: like the index side, but synonyms stay a token graph. */
  public Analyzer wordQueryAnalyzer() {
    return wordQueryAnalyzer;
  }

  /** For the bigram field, on both the index and the query side. */
  public Analyzer bigramAnalyzer() {
    return bigramAnalyzer;
  }

  /**
   * The word tokens exactly as {@link #wordIndexAnalyzer()} indexes them, synonyms included and
   * in stream order (a term's synonyms follow it). Use it to compare a text with the index, e.g.
   * for explaining a match; punctuation is dropped.
   */
  public List<String> words(String text) {
    return TokenTexts.of(wordIndexAnalyzer, text);
  }

  /** The tokens of {@link #bigramAnalyzer()}: CJK bigrams, lone ideographs, whole Latin words. */
  public List<String> bigrams(String text) {
    return TokenTexts.of(bigramAnalyzer, text);
  }

  /**
   * The normalisation every analyzer applies, for keys and comparisons outside Lucene: width
   * folding, NFKC, zero-width characters removed, lower case, whitespace (including U+00A0 and
   * U+3000) collapsed to single spaces and trimmed. Returns "" for null.
   */
  public static String normalize(String text) {
    return TextNormalizer.normalize(text);
  }

  DomainDictionary dictionary() {
    return dictionary;
  }
}
