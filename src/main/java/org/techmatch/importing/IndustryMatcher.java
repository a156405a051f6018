package org.techmatch.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IndustryCatalog;

/**
 * Lenient matching of industry names from foreign exports onto GB/T 4754-2017. Exports use the 2011 edition's
 * names, cut names short and misspell them ({@code 计算机、通信和其他电子设备制造} without 业,
 * {@code 酒、饮料喝精制茶制造业}); each such match says what was guessed, so the import reports it.
 */
public final class IndustryMatcher {
    private static final IndustryMatcher STANDARD = new IndustryMatcher(IndustryCatalog.standard());
    private static final Pattern SECTION_DIVISION = Pattern.compile("\\s*(?:——|—|--)\\s*");
    /** Shorter names are not completed by prefix or typo: too many divisions would fit. */
    private static final int MIN_FUZZY_CHARS = 4;

    /** Divisions renamed between GB/T 4754-2011 and -2017: old name → the 2017 code. */
    private static final Map<String, String> RENAMED_2011 = Map.of(
            "农、林、牧、渔服务业", "A05",
            "开采辅助活动", "B11",
            "石油加工、炼焦和核燃料加工业", "C25",
            "建筑装饰和其他建筑业", "E50",
            "装卸搬运和运输代理业", "G58",
            "仓储业", "G59");

    private final IndustryCatalog catalog;

    IndustryMatcher(IndustryCatalog catalog) {
        this.catalog = catalog;
    }

    public static IndustryMatcher standard() {
        return STANDARD;
    }

    /** An industry and, if it was not an exact match, what was guessed (in Chinese); guess is null otherwise. */
    public record Match(Industry industry, String guess) {
        public boolean guessed() {
            return guess != null;
        }
    }

    /** Concatenated section names split apart; rest is what matched no section (null if all did). */
    public record Sections(List<Industry> sections, String rest) {
        public Sections {
            sections = List.copyOf(sections);
        }
    }

    /**
     * Matches "门类——大类", a bare 门类 or a bare 大类. Empty for a blank or unrecognisable name. A division
     * that cannot be recognised within a recognised section gives the section alone, as a guess.
     */
    public Optional<Match> match(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String[] parts = SECTION_DIVISION.split(raw.strip(), 2);
        if (parts.length == 1 || parts[1].isBlank()) {
            return catalog.find(parts[0]).map(industry -> new Match(industry, null))
                    .or(() -> fuzzyDivision(parts[0], catalog.divisions()));
        }
        Optional<Industry> section = section(parts[0]);
        if (section.isEmpty()) {
            return catalog.find(parts[1]).or(() -> fuzzyDivision(parts[1], catalog.divisions()).map(Match::industry))
                    .map(division -> new Match(division, "门类「" + parts[0] + "」无法识别，按大类取「"
                            + division.displayName() + "」"));
        }
        return Optional.of(division(section.get(), parts[1]));
    }

    /**
     * Splits section names written one after another without a separator ({@code 制造业电力、热力、燃气、及水生产和供应业}),
     * longest name first at each position; section names contain 、 themselves, so punctuation cannot split them.
     */
    public Sections splitSections(String raw) {
        List<Industry> found = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return new Sections(found, null);
        }
        List<Industry> longestFirst = catalog.sections().stream()
                .sorted(Comparator.comparingInt((Industry s) -> squash(s.sectionName()).length()).reversed())
                .toList();
        String rest = squash(raw);
        while (!rest.isEmpty()) {
            String remaining = rest;
            Optional<Industry> next = longestFirst.stream()
                    .filter(s -> remaining.startsWith(squash(s.sectionName()))).findFirst();
            if (next.isEmpty()) {
                break;
            }
            found.add(next.get());
            rest = rest.substring(squash(next.get().sectionName()).length());
        }
        return new Sections(found, rest.isEmpty() ? null : rest);
    }

    private Optional<Industry> section(String name) {
        String wanted = squash(name);
        return catalog.sections().stream().filter(s -> squash(s.sectionName()).equals(wanted)).findFirst()
                .or(() -> wanted.length() < MIN_FUZZY_CHARS ? Optional.empty() : catalog.sections().stream()
                        .filter(s -> editDistanceAtMostOne(squash(s.sectionName()), wanted)).findFirst());
    }

    private Match division(Industry section, String name) {
        List<Industry> inSection = catalog.divisions().stream()
                .filter(d -> d.sectionCode().equals(section.sectionCode())).toList();
        String wanted = squash(name);
        for (Industry d : inSection) {
            if (squash(d.divisionName()).equals(wanted)) {
                return new Match(d, null);
            }
        }
        for (Map.Entry<String, String> renamed : RENAMED_2011.entrySet()) {
            Optional<Industry> renamedTo = catalog.find(renamed.getValue())
                    .filter(d -> d.sectionCode().equals(section.sectionCode()));
            if (squash(renamed.getKey()).equals(wanted) && renamedTo.isPresent()) {
                return new Match(renamedTo.get(), "大类「" + name + "」是 GB/T 4754-2011 的旧名称，按 2017 版取「"
                        + renamedTo.get().displayName() + "」");
            }
        }
        Optional<Match> fuzzy = fuzzyDivision(name, inSection);
        if (fuzzy.isPresent()) {
            return fuzzy.get();
        }
        Optional<Industry> elsewhere = catalog.find(name).filter(d -> !d.isSectionOnly());
        if (elsewhere.isPresent()) {
            return new Match(section, "大类「" + name + "」在 GB/T 4754 中属于门类「" + elsewhere.get().sectionName()
                    + "」，与门类「" + section.sectionName() + "」不符，只取门类");
        }
        return new Match(section, "大类「" + name + "」无法识别，只取门类「" + section.sectionName() + "」");
    }

    /** A name cut short (a unique division starts with it) or with one wrong, missing or extra character. */
    private static Optional<Match> fuzzyDivision(String name, List<Industry> candidates) {
        String wanted = squash(name);
        if (wanted.length() < MIN_FUZZY_CHARS) {
            return Optional.empty();
        }
        List<Industry> prefixed = candidates.stream()
                .filter(d -> squash(d.divisionName()).startsWith(wanted)).toList();
        if (prefixed.size() == 1) {
            return Optional.of(new Match(prefixed.getFirst(), "大类「" + name + "」不完整，按前缀补全为「"
                    + prefixed.getFirst().displayName() + "」"));
        }
        List<Industry> close = candidates.stream()
                .filter(d -> editDistanceAtMostOne(squash(d.divisionName()), wanted)).toList();
        if (close.size() == 1) {
            return Optional.of(new Match(close.getFirst(), "大类「" + name + "」疑为「"
                    + close.getFirst().displayName() + "」的笔误"));
        }
        return Optional.empty();
    }

    /** The same comparison key as {@link IndustryCatalog}: punctuation and spaces do not count. */
    static String squash(String name) {
        return name.replaceAll("[\\s、，,—\\-]", "");
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
