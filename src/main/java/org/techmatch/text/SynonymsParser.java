package org.techmatch.text;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads the Solr-format synonym list. Each entry must stay one token: the word analyzer merges
 * domain terms before the synonym filter sees them, so 锂离子电池 has to be looked up whole rather
 * than as smartcn's 锂 / 离子 / 电池.
 */
final class SynonymsParser {

  private SynonymsParser() {}

  static SynonymMap parse(Reader source) throws IOException, ParseException {
    try (Analyzer entryAnalyzer = new EntryAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
      parser.parse(source);
      return parser.build();
    }
  }

  /** Normalises an entry exactly like analyzed text, without splitting it. */
  private static final class EntryAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return TextNormalizer.wrap(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  }
}
