package org.techmatch.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GB/T 4754-2017 sections and divisions, loaded once from vocabulary/industries.tsv. */
public final class IndustryCatalog {
    private static final IndustryCatalog STANDARD = load();

    private final Map<String, Industry> byCode;
    private final Map<String, Industry> byName;

    private IndustryCatalog(List<Industry> divisions) {
        Map<String, Industry> codes = new LinkedHashMap<>();
        Map<String, Industry> names = new LinkedHashMap<>();
        for (Industry division : divisions) {
            Industry section = new Industry(division.sectionCode(), division.sectionName(), null, null);
            codes.putIfAbsent(section.code(), section);
            names.putIfAbsent(squash(section.sectionName()), section);
            codes.put(division.code(), division);
            names.put(squash(division.displayName()), division);
            // A division name is unique across sections except 教育, 房地产业, 国际组织 (same as their section).
            names.putIfAbsent(squash(division.divisionName()), division);
        }
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(names);
    }

    public static IndustryCatalog standard() {
        return STANDARD;
    }

    /**
     * Accepts "C38", "38", "C", "制造业——电气机械和器材制造业", "电气机械和器材制造业" or "制造业".
     * Punctuation differences such as 电力、热力、燃气、及水 (a common misspelling) are tolerated.
     */
    public Industry lookup(String raw) {
        return find(raw).orElseThrow(() -> new UnknownValueException("行业（GB/T 4754-2017）",
                raw == null ? "" : raw.strip(), List.of("门类字母加两位大类代码，如 C27（医药制造业）、I65（软件和信息技术服务业）、A01（农业），或其中文名称")));
    }

    public Optional<Industry> find(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip().toUpperCase();
        Industry byCodeHit = byCode.get(value);
        if (byCodeHit != null) {
            return Optional.of(byCodeHit);
        }
        if (value.length() == 2 && value.chars().allMatch(Character::isDigit)) {
            return byCode.values().stream().filter(i -> value.equals(i.divisionCode())).findFirst();
        }
        return Optional.ofNullable(byName.get(squash(raw)));
    }

    public List<Industry> sections() {
        return byCode.values().stream().filter(Industry::isSectionOnly).sorted(
                java.util.Comparator.comparing(Industry::code)).toList();
    }

    public List<Industry> divisions() {
        return byCode.values().stream().filter(i -> !i.isSectionOnly()).sorted(
                java.util.Comparator.comparing(Industry::code)).toList();
    }

    private static String squash(String name) {
        return name.replaceAll("[\\s、，,—\\-]", "");
    }

    private static IndustryCatalog load() {
        try (InputStream in = IndustryCatalog.class.getResourceAsStream("/vocabulary/industries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary/industries.tsv is missing from the classpath");
            }
            List<Industry> divisions = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                divisions.add(new Industry(cols[0], cols[2], cols[1], cols[3]));
            }
            return new IndustryCatalog(divisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
