package org.techmatch.importing.techmarket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.IpRight;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Origin;
import org.techmatch.importing.RowContext;
import org.techmatch.importing.RowOutcome;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.UnknownValueException;

/**
 * Maps one row of the market's {@code achievements.jsonl} onto an {@link Achievement}.
 *
 * <pre>
 * source field       → Achievement                 kept raw in origin.unmapped when …
 * id                 → origin.externalId           (missing: rejected)
 * name               → title                       — (quotes, control and invisible characters cleaned)
 * postTime           → createdAt (day start, +08)  unparseable
 * classification     → industry (GB/T 4754)        guessed (old 2011 name, cut short, typo) or unknown
 * zlxx               → ip [kind]                   unknown kind
 * maturity           → maturity                    (unknown or empty: rejected, maturity is required)
 * cooperationMethod  → transferModes               it contains 其他 or an unknown atom
 * jstgfs             → status (正在技术推广 = 已发布) any other value (imported as 已发布)
 * price              → askingPrice                 not 面议 and not a 万元 range
 * industry           → techField + keywords        the top-level is no high-tech field (table: TechFieldTable)
 * scope              → applicationScope            —
 * context            → description                 — (empty: name, and scope if any, instead)
 * earlyApplication   → description, 前期应用情况 paragraph
 * funding            → description, 经济效益 paragraph (dropped only when equal to earlyApplication)
 * (none)             → owner = 技术交易市场（来源未注明）, kind 其他; region, team, contact unset
 * any other field    → kept raw, with a note
 * </pre>
 */
final class TechMarketAchievementMapper {
    static final Set<String> FIELDS = Set.of("id", "name", "postTime", "classification", "zlxx", "maturity",
            "cooperationMethod", "jstgfs", "price", "industry", "scope", "context", "earlyApplication", "funding");

    /** Our fields back to the source field a validation problem is about. */
    private static final Map<String, String> SOURCE_FIELDS = Map.ofEntries(Map.entry("title", "name"),
            Map.entry("description", "context"), Map.entry("applicationScope", "scope"),
            Map.entry("techField", "industry"), Map.entry("keywords", "industry"),
            Map.entry("industry", "classification"), Map.entry("ip", "zlxx"), Map.entry("maturity", "maturity"),
            Map.entry("transferModes", "cooperationMethod"), Map.entry("askingPrice", "price"));

    private static final String PROMOTING = "正在技术推广";
    private static final String OTHER_SUB_FIELD = "其他";

    private final AchievementKind kind = new AchievementKind();

    RowOutcome<Achievement> map(SourceRow row) {
        if (!row.readable()) {
            return TechMarketRows.unreadable(row);
        }
        RowContext ctx = new RowContext(row.lineNumber(), row.id());
        TechMarketRows.requireId(row, ctx);
        String title = TechMarketRows.title(row, ctx);
        if (title == null) {
            ctx.problem("name", null, "成果名称为空，无法导入");
        }
        String scope = TechMarketRows.text(row, "scope", ctx);
        String description = description(row, title, scope, ctx);
        TechField techField = techField(row, ctx);
        List<String> keywords = keywords(row.raw("industry"), techField);
        Industry industry = TechMarketRows.industry(row, ctx);
        Maturity maturity = maturity(row, ctx);
        List<IpRight> ip = ip(row, ctx);
        List<TransferMode> modes = TechMarketRows.transferModes(row, ctx);
        MoneyRange price = price(row, ctx);
        AchievementStatus status = status(row, ctx);
        Instant createdAt = TechMarketRows.createdAt(row, ctx);
        Organisation owner = TechMarketRows.unnamedOrganisation("owner", ctx);
        TechMarketRows.keepOtherFields(row, FIELDS, ctx);
        Origin origin = new Origin(TechMarketFormat.SOURCE, row.id(), ctx.unmapped());
        Achievement achievement = new Achievement(null, 0, status, title, description, owner, null, null, techField,
                industry, keywords, maturity, ip, modes, price, scope, null, createdAt, null, origin);
        return ctx.finish(achievement, kind, SOURCE_FIELDS);
    }

    /** context, with the rare earlyApplication and funding texts as paragraphs of their own. */
    private static String description(SourceRow row, String title, String scope, RowContext ctx) {
        String context = TechMarketRows.text(row, "context", ctx);
        String early = TechMarketRows.text(row, "earlyApplication", ctx);
        String funding = TechMarketRows.text(row, "funding", ctx);
        List<String> paragraphs = new ArrayList<>();
        if (context != null) {
            paragraphs.add(context);
        } else if (title != null) {
            paragraphs.add(scope == null ? title : title + "\n应用范围：" + scope);
            ctx.note("context", null, scope == null ? "成果简介为空，以成果名称代替" : "成果简介为空，以成果名称和应用范围代替");
        }
        if (early != null) {
            paragraphs.add("前期应用情况：" + early);
        }
        if (funding != null && !funding.equals(early)) {
            paragraphs.add("经济效益：" + funding);
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static TechField techField(SourceRow row, RowContext ctx) {
        String raw = row.raw("industry").strip();
        String[] parts = raw.split("\\s*[-－]\\s*", 2);
        TechFieldTable.Mapped mapped = TechFieldTable.map(parts[0], parts.length > 1 ? parts[1] : null)
                .orElse(null);
        if (mapped == null) {
            ctx.keepRaw("industry", raw);
            ctx.problem("industry", raw, raw.isEmpty() ? "技术领域为空（必填）"
                    : "技术领域「" + parts[0] + "」不在对照表中，可识别：" + String.join("、", TechFieldTable.knownTopLevels()));
        } else if (mapped.guess() != null) {
            ctx.keepRaw("industry", raw);
            ctx.note("industry", raw, mapped.guess());
        }
        return mapped == null ? null : mapped.field();
    }

    /** The sub-field (复合材料), and the market's top-level when our field has another name (装备制造). */
    private static List<String> keywords(String raw, TechField field) {
        List<String> keywords = new ArrayList<>();
        String[] parts = raw.strip().split("\\s*[-－]\\s*", 2);
        if (parts.length > 1 && !parts[1].isBlank() && !parts[1].equals(OTHER_SUB_FIELD)) {
            keywords.add(parts[1]);
        }
        if (field != null && !parts[0].isBlank() && !parts[0].equals(field.label())) {
            keywords.add(parts[0]);
        }
        return keywords.stream().filter(k -> k.length() <= CatalogRules.KEYWORD_CHARS).toList();
    }

    private static AchievementStatus status(SourceRow row, RowContext ctx) {
        String raw = row.raw("jstgfs").strip();
        if (!raw.isEmpty() && !raw.equals(PROMOTING)) {
            ctx.keepRaw("jstgfs", raw);
            ctx.note("jstgfs", raw, "推广状态没有对应的成果状态，按已发布导入");
        }
        return AchievementStatus.PUBLISHED;
    }

    private static Maturity maturity(SourceRow row, RowContext ctx) {
        String raw = row.raw("maturity");
        if (raw.isBlank()) {
            ctx.problem("maturity", null, "成熟度为空（必填）");
            return null;
        }
        try {
            return Maturity.of(raw);
        } catch (UnknownValueException e) {
            ctx.problem("maturity", raw, e.getMessage());
            return null;
        }
    }

    private static List<IpRight> ip(SourceRow row, RowContext ctx) {
        String raw = row.raw("zlxx");
        if (raw.isBlank()) {
            return List.of();
        }
        try {
            return List.of(new IpRight(IpKind.of(raw), null));
        } catch (UnknownValueException e) {
            ctx.keepRaw("zlxx", raw);
            ctx.note("zlxx", raw, "专利信息无法识别，未设置知识产权");
            return List.of();
        }
    }

    private static MoneyRange price(SourceRow row, RowContext ctx) {
        String raw = row.raw("price");
        if (raw.isBlank()) {
            return null;
        }
        MoneyRange price = TechMarketValues.price(raw).orElse(null);
        if (price == null || (!price.isNegotiable() && price.minWan() > price.maxWan())) {
            ctx.keepRaw("price", raw);
            ctx.note("price", raw, "价格无法识别（应为「面议」或「100.0万元-200.0万元」），未设置价格");
            return null;
        }
        return price;
    }
}
