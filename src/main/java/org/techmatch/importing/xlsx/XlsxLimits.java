package org.techmatch.importing.xlsx;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.techmatch.importing.table.TableFormatException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The limits POI's {@code ZipSecureFile} applies while an XLSX package is inflated. An XLSX is a zip archive,
 * so a small upload can expand to gigabytes (a zip bomb); these limits stop reading before that happens. They
 * are process-wide in POI, so they are set once, from {@code techmatch.imports.xlsx.*}.
 */
public final class XlsxLimits {
    private static final String SAVE_AGAIN = "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入";
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
        return explain(e, 0);
    }

    /**
     * Turns a failure into a Chinese explanation of what is wrong with the file, naming the sheet row where reading
     * stopped (0: before the first row) and the place in the sheet's XML; never the parser's own message, which
     * names Java classes.
     */
    static TableFormatException explain(Throwable e, int sheetRow) {
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
        String where = sheetRow > 0 ? "第 " + sheetRow + " 行附近" : "";
        String xml = xmlLocation(e);
        if (xml != null) {
            return new TableFormatException("文件不是有效的 XLSX：" + (where.isEmpty() ? "" : "工作表" + where + "，")
                    + "工作表内容（XML " + xml + "）无法解析，文件可能已损坏；" + SAVE_AGAIN, e);
        }
        return new TableFormatException("文件不是有效的 XLSX：" + (where.isEmpty() ? "无法作为 XLSX（zip 压缩包）打开，"
                + "文件可能已损坏或只是改了扩展名" : "工作表" + where + "的内容无法读取，文件可能已损坏") + "；" + SAVE_AGAIN, e);
    }

    /** "第 3 行第 17 列" of the XML part where a parser stopped, or null when the failure is not an XML one. */
    static String xmlLocation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return position(sax.getLineNumber(), sax.getColumnNumber());
            }
            if (t instanceof XMLStreamException stream) {
                Location location = stream.getLocation();
                return location == null ? "" : position(location.getLineNumber(), location.getColumnNumber());
            }
            if (t instanceof SAXException) {
                return "";
            }
        }
        return null;
    }

    private static String position(int line, int column) {
        return line <= 0 ? "" : "第 " + line + " 行" + (column > 0 ? "第 " + column + " 列" : "");
    }
}
