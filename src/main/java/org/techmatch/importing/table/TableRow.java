package org.techmatch.importing.table;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file as read: its 1-based row number (as the spreadsheet shows it) and its
 * cells by 0-based column index, null where a column has no cell.
 */
public record TableRow(int rowNumber, List<Cell> cells) {
    public TableRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** A, B, … Z, AA: the column letters spreadsheets show. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
