package org.techmatch.importing.table;

/**
 * A file that cannot be imported at all (no header, not a spreadsheet, a zip bomb, an unreadable encoding):
 * the message, in Chinese, says what is wrong with it. No row of it was stored.
 */
public final class TableFormatException extends RuntimeException {
    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
