package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonToken;
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

    /**
     * What {@link #encodeWithout} gives for the record, made from its encoded JSON (json = {@link #encode}) by one
     * streaming pass: the write path has the JSON already, and building a tree of the record again cost as much as
     * encoding it. Values are copied as the encoder wrote them (numbers as their text, strings re-escaped alike), so
     * the bytes are those of {@code encodeWithout} and content hashes stay what they were.
     */
    public void writeWithout(byte[] json, java.util.Collection<String> excluded, java.io.OutputStream out) {
        try (tools.jackson.core.JsonParser parser = mapper.createParser(json);
             tools.jackson.core.JsonGenerator generator = mapper.createGenerator(out)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && parser.streamReadContext().getParent().inRoot()
                        && excluded.contains(parser.currentName())) {
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
                switch (token) {
                    case START_OBJECT -> generator.writeStartObject();
                    case END_OBJECT -> generator.writeEndObject();
                    case START_ARRAY -> generator.writeStartArray();
                    case END_ARRAY -> generator.writeEndArray();
                    case PROPERTY_NAME -> generator.writeName(parser.currentName());
                    case VALUE_STRING -> generator.writeString(parser.getString());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getString());
                    case VALUE_TRUE -> generator.writeBoolean(true);
                    case VALUE_FALSE -> generator.writeBoolean(false);
                    case VALUE_NULL -> generator.writeNull();
                    default -> throw new IllegalStateException("unexpected " + token + " in an encoded record");
                }
            }
        }
    }

    public <T> T decode(byte[] source, Class<T> type) {
        return mapper.readValue(source, type);
    }
}
