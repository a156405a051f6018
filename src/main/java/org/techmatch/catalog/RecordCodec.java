package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of records as stored in the index. Independent of the web layer's mapper so that a
 * change in API formatting can never change what is on disk; unknown properties in stored sources are
 * tolerated so an older binary can still read a newer index.
 */
public final class RecordCodec {
    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public byte[] encode(Object record) {
        return mapper.writeValueAsBytes(record);
    }

    /**
     * The record's JSON without the named top-level properties (id, version, timestamps …): what two records
     * with the same content have byte for byte in common, for content hashes.
     */
    public byte[] encodeWithout(Object record, java.util.Collection<String> excluded) {
        tools.jackson.databind.node.ObjectNode tree = mapper.valueToTree(record);
        tree.remove(excluded);
        return mapper.writeValueAsBytes(tree);
    }

    public <T> T decode(byte[] source, Class<T> type) {
        return mapper.readValue(source, type);
    }
}
