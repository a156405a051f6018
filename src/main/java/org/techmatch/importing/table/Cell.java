package org.techmatch.importing.table;

/**
 * One cell as a file holds it, before any mapping: its text, or the formula it holds (formulas are data and are
 * never evaluated: a spreadsheet's cached result may be stale or missing, and evaluating input is unsafe), or
 * the error value a spreadsheet shows (#DIV/0!).
 *
 * @param text    the cell's text (numbers as plain decimals, dates as ISO dates); for a formula, the formula
 * @param formula whether the cell holds a formula
 * @param error   the spreadsheet error code, null if none
 */
public record Cell(String text, boolean formula, String error) {
    public static Cell of(String text) {
        return new Cell(text, false, null);
    }

    public boolean isBlank() {
        return !formula && error == null && (text == null || text.isBlank());
    }
}
