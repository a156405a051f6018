package org.techmatch.catalog;

/** No record with that id in that library. Maps to HTTP 404. */
public final class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String libraryName, String id) {
        super("未找到" + libraryName + "「" + id + "」");
    }
}
