package org.techmatch.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.ValidationException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule for every JSON body of the API, whatever record or request it becomes: no text in it — value or
 * field name, at any depth — may hold a control character (other than tab and line breaks), an unpaired
 * surrogate or a non-character. The validators of each record check their own fields too; this is the net
 * under fields they do not list (map keys, nested notes, names in lists). The field is named by its JSON path.
 */
@ControllerAdvice
class ForbiddenCharacterAdvice extends RequestBodyAdviceAdapter {
    private final JsonMapper json;

    ForbiddenCharacterAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = message.getBody().readAllBytes(); // bounded by RequestSizeLimitFilter
        scan(body);
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private void scan(byte[] body) {
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING && token != JsonToken.PROPERTY_NAME) {
                    continue;
                }
                String text = token == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
                String problem = Problems.forbiddenCharacter(text);
                if (problem != null) {
                    throw ValidationException.of(field(parser.streamReadContext().pathAsPointer().toString()),
                            Texts.preview(text), problem);
                }
            }
        } catch (JacksonException malformed) {
            // not JSON, or broken: the message converter reports that with its own, precise message
        }
    }

    /** "/ip/0/number" → "ip[0].number"; the root is "body". */
    static String field(String pointer) {
        if (pointer.isEmpty()) {
            return "body";
        }
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
