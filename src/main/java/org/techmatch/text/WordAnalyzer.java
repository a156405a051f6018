package org.techmatch.text;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Word-level analysis: smartcn segmentation, domain terms merged back into single tokens, then
 * synonyms. The order matters: merging runs before punctuation removal because some terms
 * contain punctuation (car-t), and synonyms run after merging because every synonym entry is a
 * single merged term.
 */
final class WordAnalyzer extends Analyzer {

  enum Mode {
    /** The synonym graph is flattened because the index cannot store position lengths. */
    INDEX,
    /** The synonym graph is kept so query builders can produce exact alternatives. */
    QUERY
  }

  private final DomainDictionary dictionary;
  private final SynonymMap synonyms;
  private final Mode mode;

  /** @param synonyms null for no synonym expansion */
  WordAnalyzer(DomainDictionary dictionary, SynonymMap synonyms, Mode mode) {
    this.dictionary = dictionary;
    this.synonyms = synonyms == null || synonyms.fst == null ? null : synonyms;
    this.mode = mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return TextNormalizer.wrap(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return TextNormalizer.wrap(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new HMMChineseTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new AlphanumericJoinFilter(stream);
    stream = new DomainTermMergeFilter(stream, dictionary);
    stream = new WordCharacterFilter(stream);
    if (synonyms != null) {
      // Entries and tokens went through the same normalisation, so no case folding is needed here.
      stream = new SynonymGraphFilter(stream, synonyms, false);
      if (mode == Mode.INDEX) {
        stream = new FlattenGraphFilter(stream);
      }
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
