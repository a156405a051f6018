package org.techmatch.importing.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.RecordKind;
import org.techmatch.demand.DemandKind;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.importing.csv.CsvTableSource;
import org.techmatch.importing.jsonl.JsonLinesRows;
import org.techmatch.importing.table.TableRows;
import org.techmatch.importing.techmarket.TechMarketFormat;
import org.techmatch.importing.xlsx.XlsxTableSource;
import tools.jackson.databind.json.JsonMapper;

/** Opens a file of a detected format as the stream of its rows' outcomes, for one library. */
final class ImportSources {
    private ImportSources() {
    }

    @SuppressWarnings("unchecked")
    static <T extends CatalogRecord> Stream<RowOutcome<T>> open(ImportFormat format, Path file, RecordKind<T> kind,
                                                                JsonMapper json, Consumer<RowProblem> notices) {
        return switch (format) {
            case XLSX -> new TableRows<>(kind, json).outcomes(XlsxTableSource.open(file), notices);
            case CSV -> new TableRows<>(kind, json).outcomes(CsvTableSource.open(file), notices);
            case JSON_LINES -> new JsonLinesRows<>(kind, json).outcomes(utf8(file));
            case TECH_MARKET -> (Stream<RowOutcome<T>>) (Stream<?>) (kind.type().equals(DemandKind.TYPE)
                    ? TechMarketFormat.readDemands(file) : TechMarketFormat.readAchievements(file));
        };
    }

    /** Bytes that are not UTF-8 become U+FFFD rather than failing the import midway. */
    private static BufferedReader utf8(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
