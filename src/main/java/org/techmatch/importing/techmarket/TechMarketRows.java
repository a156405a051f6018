package org.techmatch.importing.techmarket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.techmatch.catalog.Organisation;
import org.techmatch.importing.ImportTexts;
import org.techmatch.importing.IndustryMatcher;
import org.techmatch.importing.RowContext;
import org.techmatch.importing.RowOutcome;
import org.techmatch.importing.RowProblem;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TransferMode;

/** The mapping steps achievements and demands share: identity, texts, dates, industry, cooperation methods. */
final class TechMarketRows {
    /**
     * The market's export names no owner or enterprise, which our libraries require. A placeholder that says so
     * keeps the rows importable and is plainly not a real organisation (and easy to find and fix later).
     */
    static final Organisation UNNAMED_ORGANISATION = new Organisation("技术交易市场（来源未注明）", OrgKind.OTHER);

    static final String WHOLE_ROW = "（整行）";

    /** The placeholder organisation, noted on every row so the report says it was defaulted. */
    static Organisation unnamedOrganisation(String field, RowContext ctx) {
        ctx.note(field, null, "来源未注明机构，使用占位机构「" + UNNAMED_ORGANISATION.name() + "」");
        return UNNAMED_ORGANISATION;
    }

    private TechMarketRows() {
    }

    /** A line that is not a JSON object: rejected with the parser's reason. */
    static <T> RowOutcome<T> unreadable(SourceRow row) {
        return new RowOutcome.Rejected<>(row.lineNumber(), null,
                List.of(new RowProblem(row.lineNumber(), null, WHOLE_ROW, null, row.error())), List.of());
    }

    static void requireId(SourceRow row, RowContext ctx) {
        if (row.id() == null) {
            ctx.problem("id", null, "缺少编号 id：导入的记录必须能追溯到来源记录");
        }
    }

    /** Keeps fields this mapper does not know, so a newer export loses nothing. */
    static void keepOtherFields(SourceRow row, Set<String> known, RowContext ctx) {
        for (String field : row.otherFields(known)) {
            ctx.keepRaw(field, row.raw(field));
            if (!row.raw(field).isBlank()) {
                ctx.note(field, row.raw(field), "未知字段，原值保留在 origin.unmapped");
            }
        }
    }

    /** The name as a title: one line, wrapping quotes and invisible characters removed. */
    static String title(SourceRow row, RowContext ctx) {
        return cleaned(row, "name", ImportTexts.line(row.raw("name")), ctx);
    }

    /** A free text (context, scope …), cleaned but with its paragraphs. */
    static String text(SourceRow row, String field, RowContext ctx) {
        ImportTexts.Cleaned cleaned = ImportTexts.text(row.raw(field));
        return cleaned(row, field, new ImportTexts.Cleaned(ImportTexts.stripWrappingQuotes(cleaned.text()),
                cleaned.replacedControls()), ctx);
    }

    private static String cleaned(SourceRow row, String field, ImportTexts.Cleaned cleaned, RowContext ctx) {
        if (!cleaned.replacedControls().isEmpty()) {
            ctx.note(field, row.raw(field), "控制字符 " + String.join("、", cleaned.replacedControls())
                    + " 已替换（字母数字之间换成连字符，其他位置换成空格）");
        }
        if (cleaned.text() != null && cleaned.text().indexOf('\uFFFD') >= 0) {
            ctx.note(field, row.raw(field), "包含无法按 UTF-8 解码的字节，已显示为 U+FFFD");
        }
        return cleaned.text();
    }

    /** postTime, a day, as the record's creation time (the start of that day, Beijing time). */
    static Instant createdAt(SourceRow row, RowContext ctx) {
        String raw = row.raw("postTime");
        if (raw.isBlank()) {
            ctx.note("postTime", null, "发布时间为空，以导入时间为创建时间");
            return null;
        }
        Optional<Instant> posted = TechMarketValues.postedAt(raw);
        if (posted.isEmpty()) {
            ctx.keepRaw("postTime", raw);
            ctx.note("postTime", raw, "发布时间无法识别（应为 YYYY-MM-DD），以导入时间为创建时间");
        }
        return posted.orElse(null);
    }

    /** 门类——大类 (achievements) onto GB/T 4754; guesses are noted and keep the raw value. */
    static Industry industry(SourceRow row, RowContext ctx) {
        String raw = row.raw("classification");
        if (raw.isBlank()) {
            return null;
        }
        Optional<IndustryMatcher.Match> match = IndustryMatcher.standard().match(raw);
        if (match.isEmpty()) {
            ctx.keepRaw("classification", raw);
            ctx.note("classification", raw, "所属行业无法对应到 GB/T 4754，未设置行业");
            return null;
        }
        if (match.get().guessed()) {
            ctx.keepRaw("classification", raw);
            ctx.note("classification", raw, match.get().guess());
        }
        return match.get().industry();
    }

    /** Bare 门类, possibly several concatenated (demands); the first one is kept, the raw value with it. */
    static Industry sections(SourceRow row, RowContext ctx) {
        String raw = row.raw("classification");
        if (raw.isBlank()) {
            return null;
        }
        if (raw.contains("—")) {
            return industry(row, ctx);
        }
        IndustryMatcher.Sections split = IndustryMatcher.standard().splitSections(raw);
        if (split.sections().isEmpty()) {
            return industry(row, ctx);
        }
        Industry first = split.sections().getFirst();
        if (split.sections().size() > 1) {
            ctx.keepRaw("classification", raw);
            ctx.note("classification", raw, "包含 " + split.sections().size() + " 个门类，只取第一个「"
                    + first.sectionName() + "」");
        }
        if (split.rest() != null) {
            ctx.keepRaw("classification", raw);
            ctx.note("classification", raw, "「" + split.rest() + "」不是门类名称，已忽略");
        }
        return first;
    }

    /** 合作方式 → transfer modes; 其他 and unknown atoms have no mode, so the raw value is kept. */
    static List<TransferMode> transferModes(SourceRow row, RowContext ctx) {
        String raw = row.raw("cooperationMethod");
        if (raw.isBlank()) {
            return List.of();
        }
        CooperationMethods.Parsed parsed = CooperationMethods.parse(raw);
        if (!parsed.lossless()) {
            ctx.keepRaw("cooperationMethod", raw);
        }
        if (!parsed.unknown().isEmpty()) {
            ctx.note("cooperationMethod", raw, "无法识别的合作方式「" + String.join("」「", parsed.unknown())
                    + "」，原值保留");
        }
        return parsed.modes();
    }
}
