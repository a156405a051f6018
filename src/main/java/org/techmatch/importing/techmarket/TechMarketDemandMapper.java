package org.techmatch.importing.techmarket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Origin;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.importing.RowContext;
import org.techmatch.importing.RowOutcome;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.TransferMode;

/**
 * Maps one row of the market's {@code demands.jsonl} onto a {@link Demand}.
 *
 * <pre>
 * source field       → Demand                      kept raw in origin.unmapped when …
 * id                 → origin.externalId           (missing: rejected)
 * name               → title                       — (wrapping quotes, control and invisible characters cleaned;
 *                                                    the 宝武-/建工- prefixes are left in the title)
 * postTime           → createdAt (day start, +08)  unparseable
 * classification     → industry (GB/T 4754 门类)    several 门类 concatenated (the first is used) or unknown
 * cooperationMethod  → cooperationModes            it contains 其他 or an unknown atom
 * time               → validUntil (the end day)    always: the window's start and times have no field
 * context            → description                 — (empty: the name instead)
 * (none)             → enterprise = 技术交易市场（来源未注明）, kind 其他; status 征集中 and visibility 公开 by
 *                      default; budget, indicators, techField, expectedMaturity, region, contact unset
 * any other field    → kept raw, with a note
 * </pre>
 *
 * A row with neither name nor context (D00832) has nothing to import and is rejected. Windows that ended long
 * ago do not make a demand 已过期 here: the import date is not the market's, and freshness is for matching.
 */
final class TechMarketDemandMapper {
    static final Set<String> FIELDS = Set.of("id", "name", "postTime", "classification", "cooperationMethod", "time",
            "context");

    private static final Map<String, String> SOURCE_FIELDS = Map.of("title", "name", "description", "context",
            "industry", "classification", "cooperationModes", "cooperationMethod", "validUntil", "time",
            "enterprise", "enterprise");

    private final DemandKind kind = new DemandKind();

    RowOutcome<Demand> map(SourceRow row) {
        if (!row.readable()) {
            return TechMarketRows.unreadable(row);
        }
        RowContext ctx = new RowContext(row.lineNumber(), row.id());
        TechMarketRows.requireId(row, ctx);
        String title = TechMarketRows.title(row, ctx);
        String context = TechMarketRows.text(row, "context", ctx);
        if (title == null && context == null) {
            ctx.problem(TechMarketRows.WHOLE_ROW, null, "空记录：需求名称和需求描述都为空，没有可导入的内容");
            return ctx.reject();
        }
        if (title == null) {
            ctx.problem("name", null, "需求名称为空，无法导入");
        }
        String description = context;
        if (description == null && title != null) {
            description = title;
            ctx.note("context", null, "需求描述为空，以需求名称代替");
        }
        Industry industry = TechMarketRows.sections(row, ctx);
        List<TransferMode> modes = TechMarketRows.transferModes(row, ctx);
        LocalDate validUntil = validUntil(row, ctx);
        Instant createdAt = TechMarketRows.createdAt(row, ctx);
        Organisation enterprise = TechMarketRows.unnamedOrganisation("enterprise", ctx);
        TechMarketRows.keepOtherFields(row, FIELDS, ctx);
        Origin origin = new Origin(TechMarketFormat.SOURCE, row.id(), ctx.unmapped());
        Demand demand = new Demand(null, 0, null, title, description, List.of(), enterprise, null, industry, null, null,
                null, modes, validUntil, null, null, null, createdAt, null, origin);
        return ctx.finish(demand, kind, SOURCE_FIELDS);
    }

    /** The last day of the window "START至END"; the raw window is always kept (its start has no field). */
    private static LocalDate validUntil(SourceRow row, RowContext ctx) {
        String raw = row.raw("time");
        if (raw.isBlank()) {
            return null;
        }
        ctx.keepRaw("time", raw);
        LocalDate end = TechMarketValues.windowEnd(raw).orElse(null);
        if (end == null) {
            ctx.note("time", raw, "有效期没有可识别的截止日期（应为「开始至截止」），未设置有效期");
        }
        return end;
    }
}
