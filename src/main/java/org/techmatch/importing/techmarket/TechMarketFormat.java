package org.techmatch.importing.techmarket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.importing.ImportResult;
import org.techmatch.importing.RowOutcome;

/**
 * The tech-market export (技术交易市场, JSON Lines with the market's own field names, see
 * {@code shared/data/techmarket/README.md}): detection, and streaming import of its achievements and demands.
 * Every row read yields one {@link RowOutcome}; records carry {@code origin = ("techmarket", row id, raw values
 * we could not represent)}. Records are validated with the libraries' rules but not stored: callers do that.
 */
public final class TechMarketFormat {
    /** The origin's source name of every record imported from this format. */
    public static final String SOURCE = "techmarket";

    private static final TechMarketAchievementMapper ACHIEVEMENTS = new TechMarketAchievementMapper();
    private static final TechMarketDemandMapper DEMANDS = new TechMarketDemandMapper();

    private TechMarketFormat() {
    }

    /**
     * Which library a JSON Lines file in the market's format holds, judged by its first non-blank line: a JSON
     * object with {@code name} and {@code context} and no {@code title} (our own format's field) is the market's;
     * {@code maturity}, {@code zlxx} or {@code industry} make it achievements, {@code time} demands.
     *
     * @return {@link AchievementKind#TYPE} or {@link DemandKind#TYPE}; empty if the file is not in this format
     */
    public static Optional<String> detect(Path file) {
        try (Stream<SourceRow> rows = TechMarketReader.rows(open(file))) {
            return rows.findFirst().filter(SourceRow::readable).flatMap(row -> kindOf(row.fields()));
        }
    }

    public static boolean isTechMarket(Path file) {
        return detect(file).isPresent();
    }

    /** Streams the file's achievement rows line by line; close the stream (try-with-resources) to close the file. */
    public static Stream<RowOutcome<Achievement>> readAchievements(Path file) {
        return readAchievements(open(file));
    }

    /** As {@link #readAchievements(Path)}, from any reader (an upload); closing the stream closes it. */
    public static Stream<RowOutcome<Achievement>> readAchievements(BufferedReader reader) {
        return TechMarketReader.rows(reader).map(ACHIEVEMENTS::map);
    }

    /** Streams the file's demand rows line by line; close the stream (try-with-resources) to close the file. */
    public static Stream<RowOutcome<Demand>> readDemands(Path file) {
        return readDemands(open(file));
    }

    public static Stream<RowOutcome<Demand>> readDemands(BufferedReader reader) {
        return TechMarketReader.rows(reader).map(DEMANDS::map);
    }

    /** Reads the whole file: the accepted achievements and the report that accounts for every row. */
    public static ImportResult<Achievement> importAchievements(Path file) {
        return ImportResult.collect(file.getFileName().toString(), readAchievements(file));
    }

    public static ImportResult<Demand> importDemands(Path file) {
        return ImportResult.collect(file.getFileName().toString(), readDemands(file));
    }

    static Optional<String> kindOf(Map<String, String> fields) {
        if (!fields.containsKey("name") || !fields.containsKey("context") || fields.containsKey("title")) {
            return Optional.empty();
        }
        if (fields.containsKey("maturity") || fields.containsKey("zlxx") || fields.containsKey("industry")) {
            return Optional.of(AchievementKind.TYPE);
        }
        return fields.containsKey("time") ? Optional.of(DemandKind.TYPE) : Optional.empty();
    }

    /**
     * Bytes that are not UTF-8 become U+FFFD instead of failing the whole import midway; the rows that contain
     * one are noted.
     */
    private static BufferedReader open(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
