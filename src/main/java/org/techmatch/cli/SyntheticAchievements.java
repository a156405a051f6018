package org.techmatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.techmatch.achievement.Achievement;
import org.techmatch.export.RecordTable;
import org.techmatch.export.TableWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Achievements for the import benchmark, made from the bundled fixtures: each takes a fixture's owner, field and
 * metadata and a description of four to seven sentences drawn from all fixture descriptions, so texts differ as
 * real ones do (and do not all look like duplicates of each other). Every 100th record is a lightly edited copy
 * of an earlier one, so the duplicate detector has real work. Seeded: the same arguments give the same file.
 */
final class SyntheticAchievements {
    private final List<Achievement> bases;
    private final List<String> sentences;
    private final JsonMapper json;

    SyntheticAchievements(JsonMapper json) {
        this.json = json;
        this.bases = fixtures(json);
        this.sentences = bases.stream().flatMap(a -> Arrays.stream(a.description().split("(?<=[。；])")))
                .map(String::strip).filter(s -> s.length() > 8).distinct().toList();
    }

    List<Achievement> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Achievement> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 100 == 99) {
                Achievement earlier = made.get(random.nextInt(i));
                made.add(copy(earlier, earlier.title(), earlier.description() + "欢迎洽谈合作。"));
                continue;
            }
            Achievement base = bases.get(random.nextInt(bases.size()));
            StringBuilder text = new StringBuilder();
            for (int s = 4 + random.nextInt(4); s > 0; s--) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            made.add(copy(base, base.title() + "（" + Long.toString(seed, 36) + "-" + i + "）", text.toString()));
        }
        return made;
    }

    void writeJsonLines(List<Achievement> records, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Achievement a : records) {
                out.write(json.writeValueAsString(a));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeXlsx(List<Achievement> records, Path file) {
        RecordTable table = new RecordTable("achievement", json);
        try (OutputStream out = Files.newOutputStream(file);
             TableWriter writer = TableWriter.xlsx("科技成果", table.headers(), out)) {
            records.forEach(a -> writer.row(table.cells(a)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Achievement copy(Achievement b, String title, String description) {
        return new Achievement(null, 0, null, title, description, b.owner(), b.team(), b.contact(), b.techField(),
                b.industry(), b.keywords(), b.maturity(), b.ip(), b.transferModes(), b.askingPrice(),
                b.applicationScope(), b.region(), null, null, null);
    }

    private static List<Achievement> fixtures(JsonMapper json) {
        List<Achievement> all = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:fixtures/achievements/*.jsonl")) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    reader.lines().filter(l -> !l.isBlank()).forEach(l -> all.add(json.readValue(l, Achievement.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("the fixture achievements are not on the classpath");
        }
        return all;
    }
}
