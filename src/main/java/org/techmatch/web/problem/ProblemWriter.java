package org.techmatch.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.catalog.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of the API's error answers, used by every filter, handler, entry point and Tomcat's error report:
 * RFC 9457 {@code application/problem+json} serialised by Jackson, always with the members {@code type} (always
 * {@code about:blank}), {@code title} (Chinese), {@code status}, {@code detail} (Chinese), {@code instance} (the
 * request path, when it could be read) and {@code errors} (the field problems of bad input, each
 * {@code field}/{@code value}/{@code message}; empty otherwise), then any extension members of the problem.
 */
public final class ProblemWriter {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** A path longer than this is cut in {@code instance}: the answer stays small whatever was asked. */
    static final int MAX_INSTANCE_CHARS = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    /** Writes the problem as the whole response (status, content type, body), replacing anything buffered. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        byte[] body = bytes(problem, instanceOf(request));
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    public static byte[] bytes(Problem problem, String instance) {
        return JSON.writeValueAsBytes(members(problem, instance));
    }

    public static String text(Problem problem, String instance) {
        return JSON.writeValueAsString(members(problem, instance));
    }

    static Map<String, Object> members(Problem problem, String instance) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", "about:blank");
        members.put("title", problem.title());
        members.put("status", problem.status());
        members.put("detail", problem.detail());
        if (instance != null) {
            members.put("instance", instance);
        }
        members.put("errors", problem.errors().stream().map(ProblemWriter::error).toList());
        problem.extensions().forEach(members::putIfAbsent);
        return members;
    }

    private static Map<String, Object> error(FieldProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", problem.field());
        error.put("value", problem.value());
        error.put("message", problem.message());
        return error;
    }

    /** The request path as a URI reference: characters outside RFC 3986's path set percent-encoded, cut when long. */
    public static String instanceOf(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        // on the container's error dispatch the path asked for is kept aside; the request's own path is /error
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        if (path == null || path.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@%".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
            if (out.length() >= MAX_INSTANCE_CHARS) {
                return out.substring(0, MAX_INSTANCE_CHARS);
            }
        }
        return out.toString();
    }
}
