package org.techmatch.importing;

import org.techmatch.catalog.Texts;

/**
 * One thing an import has to say about one source row: why it was rejected, or which value was guessed,
 * defaulted or could not be represented. The field is the source's own field name where the issue is in a
 * source value ({@code classification}), otherwise our record's field path ({@code owner.name}).
 *
 * @param rowNumber  the row's 1-based position in the file (the line number for JSON Lines)
 * @param externalId the row's id in the source system, null if it has none
 * @param field      the field the issue is about
 * @param value      the raw value, shortened so a long text is not repeated in full; null if absent
 * @param reason     what happened, in Chinese, for the people who run the import
 */
public record RowProblem(int rowNumber, String externalId, String field, String value, String reason) {
    public RowProblem {
        value = value == null ? null : String.valueOf(Texts.preview(value));
    }

    /** 第 12 行（A00012）classification「…」：reason */
    @Override
    public String toString() {
        return "第 " + rowNumber + " 行" + (externalId == null ? "" : "（" + externalId + "）") + " " + field
                + (value == null ? "" : "「" + value + "」") + "：" + reason;
    }
}
