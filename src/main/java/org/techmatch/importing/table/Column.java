package org.techmatch.importing.table;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IndustryCatalog;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Region;

/**
 * One column of a library's spreadsheet form: the record field it fills (a JSON path such as {@code owner.name}),
 * its Chinese header in templates and exports, the other headers it is recognised by, how its text is read and
 * written, and the values offered in the template's drop-down list. Templates, exports and imports all use the
 * same columns, which is what makes export → import a round trip.
 *
 * @param path     the record's JSON path this column fills
 * @param header   the template's Chinese header
 * @param synonyms other Chinese or English headers that mean this column
 * @param required whether the library requires a value (the template marks it with *)
 * @param type       how a cell's text becomes a value and back
 * @param vocabulary the controlled vocabulary of a CHOICE or CHOICE_LIST column, null otherwise
 * @param example    the value of the template's example row
 */
public record Column(String path, String header, List<String> synonyms, boolean required, ValueType type,
                     Class<? extends Labelled> vocabulary, String example) {
    public Column {
        synonyms = List.copyOf(synonyms);
    }

    /** The accepted values, offered as the template's drop-down list; empty for free text. */
    public List<String> choices() {
        return switch (type) {
            case CHOICE, CHOICE_LIST -> Arrays.stream(vocabulary.getEnumConstants()).map(Labelled::label).toList();
            case INDUSTRY -> Stream.concat(IndustryCatalog.standard().sections().stream(),
                    IndustryCatalog.standard().divisions().stream()).map(Industry::displayName).toList();
            case REGION -> Region.accepted();
            case YES_NO -> List.of("是", "否");
            default -> List.of();
        };
    }

    /** The record's top-level field this column belongs to ("owner" for owner.name). */
    public String topField() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** Every header that names this column: the template's, its synonyms, the JSON path and its last part. */
    public Stream<String> names() {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return Stream.concat(Stream.of(header, path, last), synonyms.stream());
    }

    /** How a column's cell text is read and written. */
    public enum ValueType {
        /** One line of text (titles, names). */
        LINE,
        /** Text with paragraphs (descriptions). */
        TEXT,
        /** Several texts separated by 、，,；; or line breaks (keywords, research areas). */
        TEXT_LIST,
        /** One value of a controlled vocabulary, matched leniently. */
        CHOICE,
        /** Several values of a controlled vocabulary. */
        CHOICE_LIST,
        /** A GB/T 4754 industry: code or name, matched leniently. */
        INDUSTRY,
        /** A Tianjin district or a province. */
        REGION,
        /** An amount in 万元: 80, 80-120 or 面议. */
        MONEY,
        /** A day: 2025-12-31, 2025/12/31, 2025年12月31日 or a spreadsheet date. */
        DATE,
        /** 是 or 否. */
        YES_NO,
        /** Intellectual property rights: 发明专利 ZL201910000000.1；软件著作权 2020SR000001. */
        IP_LIST,
        /** A demand's indicators: one 名称：目标 per line. */
        INDICATORS,
        /** Our record id (ACH-000001). */
        ID,
        /** Several record ids. */
        ID_LIST
    }
}
