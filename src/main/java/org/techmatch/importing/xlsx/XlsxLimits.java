package org.techmatch.importing.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.techmatch.importing.table.TableFormatException;

/**
 * The limits POI's {@code ZipSecureFile} applies while an XLSX package is inflated. An XLSX is a zip archive,
 * so a small upload can expand to gigabytes (a zip bomb); these limits stop reading before that happens. They
 * are process-wide in POI, so they are set once, from {@code techmatch.imports.xlsx.*}.
 */
public final class XlsxLimits {
    /** Smallest accepted compressed/uncompressed ratio of an entry: sheets of real data compress to 5–15 %. */
    static volatile double minInflateRatio = 0.01;
    /** Largest uncompressed entry (one sheet's XML): 100,000 rows of long texts are about 300 MB. */
    static volatile long maxEntryBytes = 1L << 30;

    private XlsxLimits() {
    }

    public static void configure(double minInflateRatio, long maxEntryBytes) {
        XlsxLimits.minInflateRatio = minInflateRatio;
        XlsxLimits.maxEntryBytes = maxEntryBytes;
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    }

    static boolean isLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    /** Turns POI's failure into a Chinese explanation of what is wrong with the file. */
    static TableFormatException explain(Throwable e) {
        if (e instanceof TableFormatException format) {
            return format;
        }
        if (e instanceof OutOfMemoryError) {
            return new TableFormatException("XLSX 文件过大，无法在内存限制内读取，请拆分后导入", e);
        }
        if (isLimit(e)) {
            return new TableFormatException(String.format("XLSX 文件解压后异常膨胀（疑似压缩炸弹）或超过上限（单个部件最多 %d MB，"
                    + "压缩比不得低于 %.1f%%），已拒绝导入", maxEntryBytes >> 20, minInflateRatio * 100), e);
        }
        return new TableFormatException("不是有效的 XLSX 文件（请用 Excel 或 WPS 另存为 .xlsx）：" + e.getMessage(), e);
    }
}
