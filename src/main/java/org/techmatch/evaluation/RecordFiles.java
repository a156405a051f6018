package org.techmatch.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.achievement.Achievement;
import org.techmatch.demand.Demand;
import org.techmatch.importing.ImportResult;
import org.techmatch.importing.techmarket.TechMarketFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines file of achievements or demands in either format the evaluation accepts: ours (the
 * fixtures' schema) or the tech-market export, told apart by its field names.
 */
final class RecordFiles {
    /** Records and, for a foreign format, the importer's one-line account of what it kept and rejected. */
    record Loaded<T>(List<T> records, String report) {
    }

    private final JsonMapper json;

    RecordFiles(JsonMapper json) {
        this.json = json;
    }

    Loaded<Achievement> achievements(Path file) {
        if (TechMarketFormat.isTechMarket(file)) {
            ImportResult<Achievement> result = TechMarketFormat.importAchievements(file);
            return new Loaded<>(result.records(), result.report().summary());
        }
        return new Loaded<>(ours(file, Achievement.class), null);
    }

    Loaded<Demand> demands(Path file) {
        if (TechMarketFormat.isTechMarket(file)) {
            ImportResult<Demand> result = TechMarketFormat.importDemands(file);
            return new Loaded<>(result.records(), result.report().summary());
        }
        return new Loaded<>(ours(file, Demand.class), null);
    }

    private <T> List<T> ours(Path file, Class<T> type) {
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    try {
                        records.add(json.readValue(line, type));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(file + " line " + lineNo + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return records;
    }
}
