package org.techmatch.catalog;

/**
 * Told how long each durable write of a library took, from the call to the store until it is acknowledged
 * (durable and searchable): what the write-latency metric is made of. Set once at start.
 */
@FunctionalInterface
public interface WriteTimer {
    WriteTimer NONE = (type, operation, records, nanos) -> {
    };

    /**
     * @param type      the library's record type
     * @param operation create, update, retire or batch (many new records with one commit)
     * @param records   records written (1, or the batch's size)
     */
    void written(String type, String operation, int records, long nanos);
}
