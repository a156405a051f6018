package org.techmatch.importing.table;

import java.util.Iterator;
import java.util.List;
import org.techmatch.importing.RowProblem;

/**
 * The rows of one tabular file, read one at a time (XLSX with a SAX parser, CSV with a streaming tokenizer), so
 * a file of any length is read in bounded memory. Close it to release the file.
 */
public interface TableSource extends Iterator<TableRow>, AutoCloseable {
    /** What the reader found worth saying about the file as a whole (its encoding, a skipped sheet …). */
    List<RowProblem> fileNotes();

    @Override
    void close();
}
