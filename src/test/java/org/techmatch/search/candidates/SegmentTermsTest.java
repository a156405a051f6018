package org.techmatch.search.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The per-segment term cache answers what Lucene itself answers for every reader, as segments are added by
 * refreshes, documents deleted and segments merged: the ranking's term weights (issue 14) must not move because
 * the statistics come from a cache.
 */
class SegmentTermsTest {
    private static final List<String> TERMS = List.of("焊接", "机器人", "电池", "不存在");

    @Test
    void frequenciesAndStatesEqualLucenesOwnAcrossRefreshesDeletesAndMerges() throws Exception {
        SegmentTerms cache = new SegmentTerms(10_000);
        try (var directory = new ByteBuffersDirectory();
             var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            add(writer, "a1", "焊接 机器人 焊接");
            add(writer, "a2", "电池 机器人");
            DirectoryReader reader = DirectoryReader.open(writer);
            assertSame(cache, reader);
            for (int round = 0; round < 5; round++) {
                add(writer, "b" + round, "焊接 电池 第" + round + "批");
                writer.deleteDocuments(new Term("id", "a" + (round % 2 + 1)));
                DirectoryReader next = DirectoryReader.openIfChanged(reader, writer);
                reader.close();
                reader = next;
                assertSame(cache, reader);
            }
            writer.forceMerge(1);
            DirectoryReader merged = DirectoryReader.openIfChanged(reader, writer);
            reader.close();
            assertThat(merged.leaves()).hasSize(1);
            assertSame(cache, merged);
            merged.close();
        }
    }

    private static void assertSame(SegmentTerms cache, DirectoryReader reader) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int twice = 0; twice < 2; twice++) { // the second pass is answered from the cache
            int[] batch = cache.docFreqs(reader, "body", TERMS);
            for (int i = 0; i < TERMS.size(); i++) {
                assertThat(batch[i]).as("batched " + TERMS.get(i))
                        .isEqualTo(reader.docFreq(new Term("body", TERMS.get(i))));
            }
            assertThat(cache.docFreqs(reader, "nosuchfield", TERMS)).as("a field no segment holds").containsOnly(0);
            for (String text : TERMS) {
                Term term = new Term("body", text);
                assertThat(cache.docFreq(reader, "body", text)).as(text).isEqualTo(reader.docFreq(term));
                TermStates expected = TermStates.build(searcher, term, true);
                TermStates cached = cache.states(reader, term);
                assertThat(cached.docFreq()).as(text).isEqualTo(expected.docFreq());
                assertThat(cached.totalTermFreq()).as(text).isEqualTo(expected.totalTermFreq());
                assertThat(searcher.count(new org.apache.lucene.search.TermQuery(term, cached)))
                        .as("a query over the cached states finds what the term finds")
                        .isEqualTo(searcher.count(new org.apache.lucene.search.TermQuery(term)));
            }
        }
    }

    private static void add(IndexWriter writer, String id, String body) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new TextField("body", body, Field.Store.NO));
        writer.updateDocument(new Term("id", id), doc);
    }
}
