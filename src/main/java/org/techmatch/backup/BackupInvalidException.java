package org.techmatch.backup;

/** A backup that must not be restored: unfinished, missing or truncated files, or an index Lucene finds corrupt. */
public final class BackupInvalidException extends RuntimeException {
    public BackupInvalidException(String message) {
        super(message);
    }

    public BackupInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
