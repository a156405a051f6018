package org.techmatch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: a path with {@code %00} or an
 * encoded slash, raw bytes that are not UTF-8, a method Tomcat does not know, a wrong Content-Type.
 */
final class RawHttp {
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Request(String method, String target, List<String[]> headers, byte[] body) {
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    Response send(Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((request.method() + " ").getBytes(StandardCharsets.UTF_8));
            // the target goes out byte for byte (ISO-8859-1 keeps chars 0–255 as single raw bytes)
            head.writeBytes(request.target().getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
            for (String[] header : request.headers()) {
                head.writeBytes((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (request.body() != null) {
                head.writeBytes(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer (400, 413) and close before reading an over-long head or body
            }
            try {
                return read(socket.getInputStream());
            } catch (IOException closed) {
                return new Response(0, Map.of(), new byte[0]); // closed without an answer
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + abbreviate(request.target()), e);
        }
    }

    /** Sends the bytes as they are (a request line with another HTTP version, say) and reads the answer. */
    Response sendRaw(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(abbreviate(new String(request, StandardCharsets.ISO_8859_1)), e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("no HTTP response head in " + all.length + " bytes");
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos, "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, 0, pattern);
    }

    private static int indexOf(byte[] data, int from, byte[] pattern) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…(" + s.length() + ")";
    }
}
