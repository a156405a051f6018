package org.techmatch.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the write-ahead log entries after the last commit to the IndexWriter on start. Every entry is applied
 * so that applying it twice gives the same index as once: each record replaces its id, and a block's companions
 * (new documents when first written) are deleted by their ids before the block goes in. A kill during a replay
 * therefore only means the next start replays the same entries again.
 */
final class LogReplay {
    private static final Logger log = LoggerFactory.getLogger(LogReplay.class);

    private LogReplay() {
    }

    /** Replays the entries after committed; returns how many were applied. */
    static int replay(IndexWriter writer, WriteAheadLog wal, long committed) throws IOException {
        List<WriteAheadLog.Entry> entries = wal.entriesAfter(committed);
        int applied = 0;
        for (WriteAheadLog.Entry entry : entries) {
            LogEntries.Write write = LogEntries.decode(entry.payload());
            try {
                apply(writer, write);
                applied++;
            } catch (IllegalArgumentException e) {
                // the index refused this write when it was made too, so it was never acknowledged
                log.warn("Write-ahead log entry {} is not applied: the index refuses it ({})", entry.number(),
                        e.getMessage());
            }
        }
        wal.recovered();
        if (!entries.isEmpty()) {
            log.info("Replayed {} write-ahead log entries after entry {}", applied, committed);
        }
        return entries.size();
    }

    static void apply(IndexWriter writer, LogEntries.Write write) throws IOException {
        List<IndexedRecord> records = write.records();
        if (write.shape() == LogEntries.Shape.BLOCK) {
            List<Document> block = new ArrayList<>(records.size());
            for (IndexedRecord record : records) {
                block.add(LuceneDocuments.of(record));
            }
            for (IndexedRecord companion : records.subList(1, records.size())) {
                writer.deleteDocuments(new Term(FieldNames.ID, companion.id()));
            }
            writer.updateDocuments(new Term(FieldNames.ID, records.getFirst().id()), block);
        } else {
            for (IndexedRecord record : records) {
                writer.updateDocument(new Term(FieldNames.ID, record.id()), LuceneDocuments.of(record));
            }
        }
    }
}
