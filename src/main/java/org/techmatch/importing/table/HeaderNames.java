package org.techmatch.importing.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a column by its header as people write it: width, case, spaces, a required mark (*, （必填）) and a
 * unit in brackets do not matter, so 「成果名称*」, 「成果 名称」 and 「价格(万元)」 are the template's columns.
 */
final class HeaderNames {
    private static final Pattern DECORATION = Pattern.compile("[\\s*＊:：_\\-]|\\((必填|选填|可选)\\)");
    private static final Pattern UNIT = Pattern.compile("\\((万元|元|万)\\)");

    private HeaderNames() {
    }

    static Optional<Column> match(List<Column> columns, String header) {
        String wanted = normalise(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Column column : columns) {
            if (column.names().anyMatch(name -> normalise(name).equals(wanted))) {
                return Optional.of(column);
            }
        }
        String withoutUnit = UNIT.matcher(wanted).replaceAll("");
        return columns.stream().filter(c -> c.names().anyMatch(name -> UNIT.matcher(normalise(name)).replaceAll("")
                .equals(withoutUnit))).findFirst();
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase();
        return DECORATION.matcher(text).replaceAll("");
    }
}
