package org.techmatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.LuceneDocuments;
import org.techmatch.store.StoredRecord;
import org.techmatch.text.TextAnalysis;

class IndexFieldsTest {
    /**
     * Audit entries and records with a blank body sit in the same segments as the libraries; completed, they give
     * every document a text length (so BM25 reads lengths by position) without adding a term or a matching document.
     */
    @Test
    void completedTextGivesEveryDocumentALengthButNoTerm() throws IOException {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new IndexAnalyzer(TextAnalysis.load())))) {
                IndexedFields achievement = new IndexedFields();
                IndexFields.text(achievement, IndexFields.TITLE, "石墨烯导热膜");
                IndexFields.text(achievement, IndexFields.BODY, "高导热石墨烯薄膜的连续制备工艺");
                IndexedFields blankBody = new IndexedFields();
                IndexFields.text(blankBody, IndexFields.TITLE, "锂电池回收");
                IndexFields.text(blankBody, IndexFields.BODY, "  ");
                int id = 0;
                for (IndexedFields fields : new IndexedFields[] {achievement, blankBody, new IndexedFields()}) {
                    IndexFields.completeText(fields);
                    writer.addDocument(LuceneDocuments.of(new IndexedRecord(
                            new StoredRecord("T-" + id++, "test", 1, new byte[0]), fields)));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                for (String field : new String[] {"title.w", "title.bg", "body.w", "body.bg"}) {
                    assertEquals(3, leaf.getNormValues(field).cost(), field + ": every document has a length");
                }
                assertEquals(1, leaf.terms("body.w").getDocCount(), "only the achievement has body words");
                assertEquals(2, leaf.terms("title.bg").getDocCount(), "two documents have a title");
                assertEquals(1, reader.docFreq(new Term("title.bg", "石墨")));
            }
        }
    }
}
