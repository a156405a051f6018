package org.techmatch.importing.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells the encoding of a CSV file from its first bytes. A byte-order mark decides; otherwise bytes that decode as
 * UTF-8 are UTF-8 (a GBK text of any length almost never does), and anything else is read as GB18030, the superset
 * of GBK that Excel and WPS on Chinese Windows write when they save "CSV".
 */
public final class CharsetDetector {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetDetector() {
    }

    /** The detected charset and the length of its byte-order mark (0 without one). */
    public record Detected(Charset charset, int bomLength) {
        /** 「UTF-8（带 BOM）」, 「GBK/GB18030」: how the report names it. */
        public String describe() {
            String name = charset.equals(GB18030) ? "GBK/GB18030" : charset.name();
            return bomLength > 0 ? name + "（带 BOM）" : name;
        }
    }

    public static Detected detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isUtf8(head, length) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Whether the bytes are UTF-8, allowing a multi-byte character cut off at the end of the sample. */
    static boolean isUtf8(byte[] head, int length) {
        int end = length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (back < needed) {
                    end -= back;
                }
                break;
            }
            if ((b & 0x80) == 0) {
                break;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
