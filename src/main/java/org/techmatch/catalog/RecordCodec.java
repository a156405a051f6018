package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
     * What {@link #encodeWithout} gives for the record, from its encoded JSON (json = {@link #encode}): the write
     * path has that JSON already, and building a tree of the record again cost as much as encoding it. The kept
     * properties are copied byte for byte as the encoder wrote them (the parser only finds where each top-level
     * property starts; the encoder writes no spaces), so content hashes stay what they were.
     */
    public void writeWithout(byte[] json, java.util.Collection<String> excluded, OutputStream out) {
        try (tools.jackson.core.JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an encoded record is a JSON object");
            }
            out.write('{');
            boolean first = true;
            JsonToken token = parser.nextToken();
            while (token == JsonToken.PROPERTY_NAME) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                boolean keep = !excluded.contains(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
                token = parser.nextToken();
                // the next property's opening quote, after a comma, or the object's closing brace
                int end = (int) parser.currentTokenLocation().getByteOffset()
                        - (token == JsonToken.PROPERTY_NAME ? 1 : 0);
                if (keep) {
                    if (!first) {
                        out.write(',');
                    }
                    out.write(json, start, end - start);
                    first = false;
                }
            }
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T decode(byte[] source, Class<T> type) {
        return mapper.readValue(source, type);
    }
}
