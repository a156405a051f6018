package org.techmatch.docking;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.IndustryChains;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/** Dockings' storage, index mapping and content rules; the stage rules are in {@link DockingService}. */
@Component
public final class DockingKind implements RecordKind<Docking> {
    public static final String TYPE = "docking";
    static final int NOTE_CHARS = 500;
    static final String MANAGER_ORG_FIELD = "managerOrg";

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("stage", List.of("status"), "status", true, v -> DockingStage.of(v).label()),
            new KeywordFilter("region", List.of("district"), "region", true, v -> Region.of(v).name()),
            new KeywordFilter("techField", List.of("field"), "techField", true, v -> TechField.of(v).label()),
            new KeywordFilter("chain", List.of("industryChain"), "chain", true, v -> IndustryChain.of(v).label()),
            new KeywordFilter("contractKind", List.of(), "contractKind", true, v -> ContractKind.of(v).label()),
            new KeywordFilter("source", List.of(), "source", true, v -> DockingSource.of(v).label())),
            "value", List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "对接记录";
    }

    @Override
    public String idPrefix() {
        return "DKG-";
    }

    @Override
    public Class<Docking> recordClass() {
        return Docking.class;
    }

    @Override
    public void validate(Docking d, Problems problems) {
        problems.text("title", d.title(), CatalogRules.TITLE_CHARS, true);
        problems.text("demandId", d.demandId(), 40, true);
        CatalogRules.organisation("supplySide", d.supplySide(), true, problems);
        CatalogRules.organisation("demandSide", d.demandSide(), false, problems);
        CatalogRules.team("team", d.team(), problems);
        if (d.manager() == null) {
            problems.add("manager", null, "必填（负责的技术经理人）");
        } else {
            problems.text("manager.name", d.manager().name(), CatalogRules.NAME_CHARS, true);
            problems.text("manager.organisation", d.manager().organisation(), CatalogRules.NAME_CHARS, true);
        }
        if (d.matchScore() != null && !(d.matchScore() >= 0 && d.matchScore() <= 1)) {
            problems.add("matchScore", d.matchScore(), "匹配得分应在 0 到 1 之间");
        }
        for (int i = 0; i < d.steps().size(); i++) {
            problems.required("steps[" + i + "].date", d.steps().get(i).date());
            problems.text("steps[" + i + "].note", d.steps().get(i).note(), NOTE_CHARS, true);
        }
        if (d.nextAction() != null) {
            problems.text("nextAction.what", d.nextAction().what(), NOTE_CHARS, true);
        }
        contract(d.contract(), problems);
        problems.text("abandonReason", d.abandonReason(), NOTE_CHARS, false);
    }

    static void contract(Contract c, Problems problems) {
        if (c == null) {
            return;
        }
        problems.required("contract.kind", c.kind());
        problems.required("contract.paymentTerms", c.paymentTerms());
        if (c.valueWan() == null || !(c.valueWan() > 0 && c.valueWan() <= CatalogRules.MAX_AMOUNT_WAN)) {
            problems.add("contract.valueWan", c.valueWan(), "合同金额（万元）应大于 0 且不超过 " + (long) CatalogRules.MAX_AMOUNT_WAN);
        }
        problems.text("contract.note", c.note(), NOTE_CHARS, false);
    }

    /**
     * Keeps a given stage and history (fixtures and imports bring dockings at every stage). A docking that comes
     * without its chain gets it from its field, industry and demand title (the title before " ↔ ").
     */
    @Override
    public Docking initial(Docking submitted, String id, Instant now) {
        DockingStage stage = submitted.stage() == null ? DockingStage.INTRODUCTION : submitted.stage();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        Docking docking = submitted.chain() != null ? submitted : submitted.withChain(IndustryChains.classify(
                submitted.techField(), submitted.industry(), demandTitle(submitted.title())));
        return docking.identified(id, 1, stage, created, now);
    }

    static String demandTitle(String title) {
        return title == null ? null : title.split(" ↔ ", 2)[0];
    }

    @Override
    public Docking revised(Docking current, Docking next, Instant now) {
        return next.identified(current.id(), current.version() + 1, next.stage(), current.createdAt(), now);
    }

    /** Ending a docking is a step to 已放弃 with a reason, never a deletion: statistics count it. */
    @Override
    public Docking retired(Docking current, Instant now) {
        throw new UnsupportedOperationException("dockings end with an abandonment step");
    }

    @Override
    public void index(Docking d, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, d.title());
        IndexFields.text(doc, IndexFields.BODY, String.join("\n", CatalogRules.nonNull(
                d.supplySide() == null ? null : d.supplySide().name(),
                d.demandSide() == null ? null : d.demandSide().name(),
                String.join("\n", d.steps().stream().map(DockingStep::note).filter(java.util.Objects::nonNull).toList()))));
        IndexFields.keyword(doc, "status", d.stage().label());
        IndexFields.keyword(doc, "region", d.region() == null ? null : d.region().name());
        IndexFields.keyword(doc, "techField", d.techField() == null ? null : d.techField().label());
        IndexFields.keyword(doc, "chain", d.chain() == null ? null : d.chain().label());
        IndexFields.keyword(doc, "contractKind", d.contract() == null || d.contract().kind() == null ? null
                : d.contract().kind().label());
        IndexFields.keyword(doc, "source", d.source() == null ? null : d.source().label());
        IndexFields.filterOnly(doc, "demandId", d.demandId());
        IndexFields.filterOnly(doc, MANAGER_ORG_FIELD, d.manager() == null ? null : d.manager().organisation());
        DockingAccess.index(d, doc);
        IndexFields.money(doc, d.contract() == null || d.contract().valueWan() == null ? null
                : MoneyRange.between(d.contract().valueWan(), d.contract().valueWan()));
        IndexFields.instant(doc, IndexFields.CREATED, d.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, d.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    /**
     * Who may read a docking at all is {@link DockingAccess}, applied by {@link DockingService}, which also hides a
     * confidential demand's enterprise (it needs the demand); here the record is passed through.
     */
    @Override
    public Docking redactFor(Viewer viewer, Docking record) {
        return record;
    }

    /** The managing centre, the officials of the docking's district and the two parties ({@link DockingAccess}). */
    @Override
    public boolean readableBy(Viewer viewer, Docking record) {
        return DockingAccess.mayRead(viewer, record);
    }

    @Override
    public boolean listedByDefault(Docking record) {
        return true;
    }
}
