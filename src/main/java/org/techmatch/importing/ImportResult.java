package org.techmatch.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every accepted record of one import, in source order, with the report that accounts for every row read. */
public record ImportResult<T>(List<T> records, ImportReport report) {
    public ImportResult {
        records = List.copyOf(records);
    }

    /** Drains (and closes) the outcomes of one source into its records and report. */
    public static <T> ImportResult<T> collect(String source, Stream<RowOutcome<T>> outcomes) {
        ImportReport report = new ImportReport(source);
        List<T> records = new ArrayList<>();
        try (outcomes) {
            outcomes.forEachOrdered(outcome -> report.add(outcome).record().ifPresent(records::add));
        }
        return new ImportResult<>(records, report);
    }
}
