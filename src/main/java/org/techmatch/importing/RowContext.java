package org.techmatch.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.CatalogRecord;

/**
 * What a format's mapper collects while it maps one row: blocking problems, notes on guessed or defaulted
 * values, and the raw values it could not represent (which become the record's {@code origin.unmapped}).
 * {@link #finish} then runs the library's own validation, so a row that breaks our rules is reported, not thrown.
 */
public final class RowContext {
    private final int rowNumber;
    private final String externalId;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();
    private final Map<String, String> unmapped = new LinkedHashMap<>();

    public RowContext(int rowNumber, String externalId) {
        this.rowNumber = rowNumber;
        this.externalId = externalId;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String externalId() {
        return externalId;
    }

    /** A value that makes the row unimportable. */
    public void problem(String field, String value, String reason) {
        problems.add(new RowProblem(rowNumber, externalId, field, value, reason));
    }

    /** A value that was guessed, defaulted or left out; the row is still imported. */
    public void note(String field, String value, String reason) {
        notes.add(new RowProblem(rowNumber, externalId, field, value, reason));
    }

    /** Keeps a raw source value we could not (fully) represent; blank values carry nothing and are skipped. */
    public void keepRaw(String field, String value) {
        if (value != null && !value.isBlank()) {
            unmapped.put(field, value);
        }
    }

    /** The raw values kept so far, for the record's origin. */
    public Map<String, String> unmapped() {
        return Map.copyOf(unmapped);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Rejects the row with the problems collected so far (there must be at least one). */
    public <T> RowOutcome<T> reject() {
        return new RowOutcome.Rejected<>(rowNumber, externalId, problems, notes);
    }

    /**
     * Validates the mapped record with the library's rules and returns the outcome: accepted if neither the
     * mapping nor the validation found a problem. A validation problem on a field the mapping already
     * reported is not repeated.
     *
     * @param sourceFields our record's top-level field names mapped to the source field they came from, so a
     *                     validation problem names the field the people fixing the source know
     */
    public <T extends CatalogRecord> RowOutcome<T> finish(T record, RecordKind<T> kind,
                                                          Map<String, String> sourceFields) {
        Problems validation = new Problems();
        kind.validate(record, validation);
        Set<String> reported = new HashSet<>(problems.stream().map(RowProblem::field).toList());
        for (FieldProblem p : validation.list()) {
            String ours = p.field().split("[.\\[]", 2)[0];
            String field = sourceFields.getOrDefault(ours, p.field());
            if (reported.add(field)) {
                String where = field.equals(p.field()) ? "" : "（导入后的字段 " + p.field() + "）";
                problem(field, MoneyRange.plainText(p.value()),
                        "未通过" + kind.displayName() + "校验：" + p.message() + where);
            }
        }
        return problems.isEmpty() ? new RowOutcome.Accepted<>(rowNumber, externalId, record, notes) : reject();
    }
}
