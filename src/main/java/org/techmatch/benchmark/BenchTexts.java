package org.techmatch.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import org.techmatch.demand.Demand;
import org.techmatch.importing.techmarket.TechMarketFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real texts the benchmark recombines: achievements of the fixtures and of the tech-market export, and
 * Chinese paper abstracts (CSL) dressed as achievements with the metadata of a real one; and the demands it
 * asks with (fixtures and tech-market). The shared data is optional: without it only the fixtures are used.
 */
public record BenchTexts(List<Achievement> bases, List<Demand> queries) {
    /** CSL papers list up to 20 machine-extracted keywords; achievements carry a handful. */
    private static final int MAX_KEYWORDS = 8;

    public static BenchTexts load(JsonMapper json, Path sharedData, long seed, PrintStream out) {
        List<Achievement> bases = new ArrayList<>(classpathFixtures(json, "achievements", Achievement.class));
        List<Demand> queries = new ArrayList<>(classpathFixtures(json, "demands", Demand.class));
        Path market = sharedData.resolve("techmarket");
        if (Files.isRegularFile(market.resolve("achievements.jsonl"))) {
            bases.addAll(TechMarketFormat.importAchievements(market.resolve("achievements.jsonl")).records());
            queries.addAll(TechMarketFormat.importDemands(market.resolve("demands.jsonl")).records());
        } else {
            out.println("note: " + market.toAbsolutePath() + " not found; using the fixtures' texts only");
        }
        Path papers = sharedData.resolve("csl").resolve("papers.jsonl");
        if (Files.isRegularFile(papers)) {
            bases.addAll(papers(json, papers, List.copyOf(bases), new Random(seed)));
        }
        Random random = new Random(seed);
        java.util.Collections.shuffle(bases, random);
        java.util.Collections.shuffle(queries, random);
        return new BenchTexts(List.copyOf(bases), List.copyOf(queries));
    }

    /** A text's sentences, the unit the generator recombines. */
    static List<String> sentences(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("(?<=[。；！？;])"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Achievement> papers(JsonMapper json, Path file, List<Achievement> metadata, Random random) {
        List<Achievement> made = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode paper = json.readTree(line);
                List<String> keywords = new ArrayList<>();
                paper.path("keywords").forEach(k -> keywords.add(k.asString()));
                Achievement m = metadata.get(random.nextInt(metadata.size()));
                made.add(new Achievement(null, 0, null, paper.path("title").asString(),
                        paper.path("abstract").asString(), m.owner(), m.team(), m.contact(), m.techField(),
                        m.industry(), keywords.subList(0, Math.min(MAX_KEYWORDS, keywords.size())), m.maturity(),
                        m.ip(), m.transferModes(), m.askingPrice(), m.applicationScope(), m.region(), null, null,
                        null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return made;
    }

    private static <T> List<T> classpathFixtures(JsonMapper json, String library, Class<T> type) {
        List<T> all = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:fixtures/" + library + "/*.jsonl")) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    reader.lines().filter(l -> !l.isBlank()).forEach(l -> all.add(json.readValue(l, type)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("the fixture " + library + " are not on the classpath");
        }
        return all;
    }
}
