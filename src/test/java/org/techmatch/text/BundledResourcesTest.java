package org.techmatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants of text/domain-terms.txt and text/synonyms.txt that editors of those files can break. */
class BundledResourcesTest {

  private static DomainDictionary dictionary;
  private static List<List<String>> synonymGroups;

  @BeforeAll
  static void load() throws IOException {
    dictionary = TextAnalysis.load().dictionary();
    synonymGroups = new ArrayList<>();
    for (String line : contentLines(TextAnalysis.SYNONYMS_RESOURCE)) {
      List<String> group = new ArrayList<>();
      for (String entry : line.split("=>|,")) {
        group.add(TextAnalysis.normalize(entry));
      }
      synonymGroups.add(group);
    }
  }

  private static List<String> contentLines(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Reader reader = TextAnalysis.openResource(resource);
        BufferedReader buffered = new BufferedReader(reader)) {
      for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
        String content = line.replaceFirst("#.*", "").strip();
        if (!content.isEmpty()) {
          lines.add(content);
        }
      }
    }
    return lines;
  }

  @Test
  void sizesAreInTheIntendedRange() {
    assertThat(dictionary.size()).isBetween(400, 800);
    assertThat(synonymGroups).hasSizeBetween(80, 150);
    assertThat(synonymGroups).allSatisfy(group -> assertThat(group).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void everySynonymIsADomainTerm() {
    List<String> missing = synonymGroups.stream().flatMap(List::stream).filter(term -> !dictionary.contains(term)).toList();
    assertThat(missing).as("add these to " + TextAnalysis.DICTIONARY_RESOURCE).isEmpty();
  }

  @Test
  void noTermBelongsToTwoSynonymGroups() {
    Map<String, Integer> groupOf = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (int group = 0; group < synonymGroups.size(); group++) {
      for (String term : synonymGroups.get(group)) {
        Integer previous = groupOf.putIfAbsent(term, group);
        if (previous != null) {
          duplicates.add(term);
        }
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void dictionaryIsStoredNormalisedWithoutDuplicates() throws IOException {
    List<String> lines = contentLines(TextAnalysis.DICTIONARY_RESOURCE);
    assertThat(lines).allSatisfy(line -> assertThat(TextAnalysis.normalize(line)).isEqualTo(line));
    assertThat(lines).doesNotHaveDuplicates();
    assertThat(lines).hasSize(dictionary.size());
  }

  @Test
  void everyDomainTermIsAnalyzedAsExactlyOneTokenOfItself() {
    Analyzer withoutSynonyms = new WordAnalyzer(dictionary, null, WordAnalyzer.Mode.QUERY);
    List<String> broken = new ArrayList<>();
    for (String term : dictionary.terms()) {
      List<String> tokens = Tokens.terms(withoutSynonyms, term);
      if (!tokens.equals(List.of(term))) {
        broken.add(term + " -> " + tokens);
      }
    }
    assertThat(broken).as("terms that smartcn splits beyond repair").isEmpty();
  }
}
