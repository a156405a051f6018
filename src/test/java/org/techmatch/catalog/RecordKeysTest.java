package org.techmatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techmatch.achievement.Achievement;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.text.Shingles;

/**
 * The keys stored with every record must not change when the code computing them gets faster: a content hash that
 * differed from the one already in an index would make an import see every unchanged row as changed.
 */
class RecordKeysTest {
    private static final List<String> NOT_CONTENT = List.of("id", "version", "status", "createdAt", "updatedAt",
            "origin");
    private final RecordCodec codec = new RecordCodec();

    @Test
    void theContentHashFromTheEncodedJsonIsTheHashOfTheRecordWithoutItsBookkeeping() throws Exception {
        int compared = 0;
        for (var folder : Map.of("achievements", Achievement.class, "demands", Demand.class, "experts", Expert.class)
                .entrySet()) {
            try (var files = Files.list(Path.of("fixtures", folder.getKey()))) {
                for (Path file : files.sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank()) {
                            continue;
                        }
                        Object record = codec.decode(line.getBytes(StandardCharsets.UTF_8), folder.getValue());
                        assertThat(RecordKeys.contentHash(codec, codec.encode(record))).as(line)
                                .isEqualTo(hashOfTree(record));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void theStreamedCopyKeepsEveryValueAsTheEncoderWroteItAndDropsOnlyTopLevelBookkeeping() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("id", "kept, not top level");
        nested.put("price", new BigDecimal("12.50"));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "ACH-000001");
        record.put("title", "含\"引号\"、反斜杠\\、换行\n、制表\t和表情😀的标题");
        record.put("version", 7);
        record.put("large", 1.0E7);
        record.put("small", 0.1);
        record.put("exact", new BigDecimal("3.1400"));
        record.put("count", Long.MAX_VALUE);
        record.put("flags", List.of(true, false));
        record.put("createdAt", Instant.parse("2026-12-06T19:00:00Z"));
        record.put("nested", nested);
        record.put("empty", List.of());
        record.put("origin", Map.of("source", "techmarket", "externalId", "A1"));

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        codec.writeWithout(codec.encode(record), NOT_CONTENT, streamed);

        String expected = new String(codec.encodeWithout(record, NOT_CONTENT), StandardCharsets.UTF_8);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(expected)
                .contains("\"kept, not top level\"", "12.50", "3.1400", "1.0E7").doesNotContain("ACH-000001",
                        "techmarket", "2026-12-06");
    }

    @Test
    void bandKeysKeepTheirStoredFormBandNumberThenSixteenHexDigits() {
        List<String> keys = Shingles.bandKeys("高精度焊缝跟踪激光视觉传感器及其在船舶制造中的应用");
        assertThat(keys).hasSize(Shingles.BANDS);
        for (int band = 0; band < keys.size(); band++) {
            assertThat(keys.get(band)).matches(String.format("%02d:[0-9a-f]{16}", band));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void bigramsAreTheDistinctPairsInAscendingOrder() {
        long[] bigrams = Shingles.bigrams("焊缝焊缝跟踪");
        // 焊缝, 缝焊, 焊缝 (again), 缝跟, 跟踪: four distinct pairs
        assertThat(bigrams).hasSize(4).isSorted().doesNotHaveDuplicates();
        assertThat(Shingles.jaccard(bigrams, Shingles.bigrams("焊缝跟踪"))).isEqualTo(0.75);
    }

    /** The content hash as it was computed before the write path had the encoded JSON: from a tree of the record. */
    private String hashOfTree(Object record) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(codec.encodeWithout(record, NOT_CONTENT));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
