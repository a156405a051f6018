package org.techmatch.store;

/** What the store keeps of every record: identity, type, version and the JSON source (the system of record). */
public record StoredRecord(String id, String type, long version, byte[] source) {
}
