package org.techmatch.importing.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.techmatch.importing.table.TableFormatException;
import org.techmatch.importing.techmarket.TechMarketFormat;

/** The file formats an import reads, told apart by content first and the file name second. */
public enum ImportFormat {
    XLSX("XLSX"),
    CSV("CSV"),
    JSON_LINES("JSON Lines"),
    TECH_MARKET("技术交易市场导出（JSON Lines）");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The file's format for a library of this type. A zip is XLSX; an old binary Excel file or a PDF is refused
     * with what to do instead; a JSON Lines file in the tech-market's own field names is that format.
     */
    public static ImportFormat detect(Path file, String fileName, String type) {
        byte[] head = head(file);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new TableFormatException("不支持 Excel 97-2003（.xls）格式，请在 Excel 或 WPS 中另存为 .xlsx 后导入");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new TableFormatException("PDF 文件无法导入，请使用导入模板（.xlsx）、CSV 或 JSON Lines");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return XLSX;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new TableFormatException("扩展名是 .xlsx，但内容不是 XLSX 文件");
        }
        boolean json = name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")
                || (!name.endsWith(".csv") && !name.endsWith(".tsv") && !name.endsWith(".txt") && firstIsBrace(head));
        if (!json) {
            return CSV;
        }
        Optional<String> market = TechMarketFormat.detect(file);
        if (market.isEmpty()) {
            return JSON_LINES;
        }
        if (!market.get().equals(type)) {
            throw new TableFormatException("这是技术交易市场导出的" + (market.get().equals("demand") ? "技术需求" : "科技成果")
                    + "文件，与所选的库不符");
        }
        return TECH_MARKET;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new TableFormatException("无法读取文件：文件不存在、不可读或已损坏", e);
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstIsBrace(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }
}
