package org.techmatch.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.ReviewStage;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.Visibility;

/** The demand library's rules, index mapping and visibility (confidential demands hide their enterprise). */
@Component
public final class DemandKind implements RecordKind<Demand> {
    /** Last valid day (epoch day) of a demand, for the validity filter of matching. */
    public static final String VALID_UNTIL_DAY = "validUntilDay";
    public static final String TYPE = "demand";

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("techField", List.of("field"), "techField", true, v -> TechField.of(v).label()),
            new KeywordFilter("industry", List.of(), "industry", false, v -> Industry.of(v).code()),
            new KeywordFilter("industrySection", List.of(), "industrySection", true,
                    v -> Industry.of(v).sectionName()),
            new KeywordFilter("maturity", List.of("expectedMaturity"), "maturity", true, v -> Maturity.of(v).label()),
            new KeywordFilter("region", List.of(), "region", true, v -> Region.of(v).name()),
            new KeywordFilter("status", List.of(), "status", true, v -> DemandStatus.of(v).label()),
            new KeywordFilter("cooperationMode", List.of("mode", "transferMode"), "mode", true,
                    v -> TransferMode.of(v).label()),
            new KeywordFilter("visibility", List.of(), "visibility", true, v -> Visibility.of(v).label()),
            new KeywordFilter("chokepoint", List.of(), "chokepoint", true, DemandKind::chokepointTerm)),
            "budget", List.of(DemandStatus.OPEN.label(), DemandStatus.DOCKING.label()));

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "技术需求";
    }

    @Override
    public String idPrefix() {
        return "DEM-";
    }

    @Override
    public Class<Demand> recordClass() {
        return Demand.class;
    }

    @Override
    public void validate(Demand d, Problems problems) {
        problems.text("title", d.title(), CatalogRules.TITLE_CHARS, true);
        problems.text("description", d.description(), CatalogRules.DESCRIPTION_CHARS, true);
        CatalogRules.indicators("indicators", d.indicators(), problems);
        CatalogRules.organisation("enterprise", d.enterprise(), true, problems);
        CatalogRules.contact("contact", d.contact(), problems);
        CatalogRules.money("budget", d.budget(), problems);
        if (d.validUntil() != null && d.validUntil().getYear() > 2100) {
            problems.add("validUntil", d.validUntil().toString(), "有效期不能晚于 2100 年");
        }
    }

    /**
     * A user may not set a validity that has already passed: the demand would show 征集中 while matching drops it.
     * An edit that keeps a past validity is let through unless it puts the demand back to 征集中 (editing the text of
     * an expired, closed or docking demand); to reopen one, the owner gives it a new validity.
     */
    @Override
    public void validateUserWrite(Demand submitted, Demand current, Problems problems, LocalDate today) {
        LocalDate validUntil = submitted.validUntil();
        if (validUntil == null || !validUntil.isBefore(today)) {
            return;
        }
        boolean kept = current != null && validUntil.equals(current.validUntil());
        DemandStatus status = submitted.status() != null ? submitted.status()
                : current != null ? current.status() : DemandStatus.OPEN;
        if (kept && status != DemandStatus.OPEN) {
            return;
        }
        problems.add("validUntil", validUntil.toString(), "有效期不能早于今天（" + today + "）");
    }

    @Override
    public Demand initial(Demand submitted, String id, Instant now) {
        DemandStatus status = submitted.status() == null ? DemandStatus.OPEN : submitted.status();
        Visibility visibility = submitted.visibility() == null ? Visibility.PUBLIC : submitted.visibility();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        return submitted.with(id, 1, status, visibility, created, now);
    }

    @Override
    public Demand asSubmitted(Demand submitted) {
        DemandStatus status = submitted.status() == DemandStatus.DRAFT ? DemandStatus.DRAFT : null;
        return submitted.with(null, 0, status, submitted.visibility(), null, null);
    }

    @Override
    public ReviewStage reviewStage(Demand record) {
        return record.status() == null ? ReviewStage.NONE : switch (record.status()) {
            case DRAFT -> ReviewStage.DRAFT;
            case PENDING_REVIEW -> ReviewStage.PENDING;
            case RETURNED -> ReviewStage.RETURNED;
            default -> ReviewStage.NONE;
        };
    }

    @Override
    public Demand heldForReview(Demand submitted) {
        return submitted.status() == DemandStatus.DRAFT ? submitted : submitted.withStatus(DemandStatus.PENDING_REVIEW);
    }

    /** Renewing (or shortening) a published demand's validity is no new content for a reviewer. */
    @Override
    public java.util.Set<String> editableWithoutReview() {
        return java.util.Set.of("validUntil");
    }

    @Override
    public Demand afterReview(Demand record, boolean publish) {
        return record.withStatus(publish ? DemandStatus.OPEN : DemandStatus.RETURNED);
    }

    @Override
    public Demand revised(Demand current, Demand submitted, Instant now) {
        DemandStatus status = submitted.status() == null ? current.status() : submitted.status();
        Visibility visibility = submitted.visibility() == null ? current.visibility() : submitted.visibility();
        return submitted.with(current.id(), current.version() + 1, status, visibility, current.createdAt(), now);
    }

    @Override
    public Demand retired(Demand current, Instant now) {
        return current.with(current.id(), current.version() + 1, DemandStatus.CLOSED, current.visibility(),
                current.createdAt(), now);
    }

    @Override
    public void index(Demand d, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, d.title());
        // The enterprise name is left out of the text of confidential demands: searching for it must not
        // reveal that the enterprise has a hidden demand.
        String enterprise = d.isConfidential() || d.enterprise() == null ? null : d.enterprise().name();
        List<String> indicators = d.indicators().stream().map(Object::toString).toList();
        IndexFields.text(doc, IndexFields.BODY, String.join("\n", CatalogRules.nonNull(d.description(),
                String.join("\n", indicators), enterprise)));
        IndexFields.keyword(doc, "status", d.status().label());
        IndexFields.keyword(doc, "techField", d.techField() == null ? null : d.techField().label());
        IndexFields.industry(doc, d.industry());
        IndexFields.keyword(doc, "maturity", d.expectedMaturity() == null ? null : d.expectedMaturity().label());
        IndexFields.keyword(doc, "region", d.region() == null ? null : d.region().name());
        IndexFields.keyword(doc, "visibility", d.visibility().label());
        IndexFields.keyword(doc, "chokepoint", d.isChokepoint() ? "是" : "否");
        d.cooperationModes().forEach(mode -> IndexFields.keyword(doc, "mode", mode.label()));
        IndexFields.money(doc, d.budget());
        if (d.validUntil() != null) {
            // Matching drops demands whose validity has passed, even before a job marks them 已过期.
            IndexFields.day(doc, VALID_UNTIL_DAY, d.validUntil());
        }
        IndexFields.instant(doc, IndexFields.CREATED, d.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, d.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public String ownerOf(Demand record) {
        return record.enterprise() == null ? null : record.enterprise().name();
    }

    @Override
    public String districtOf(Demand record) {
        return record.region() == null ? null : record.region().name();
    }

    /** A confidential demand's enterprise and contact leave the service only for managers, officials and the owner. */
    @Override
    public Demand redactFor(Viewer viewer, Demand record) {
        if (viewer.seesConfidentialIn(districtOf(record))
                || (viewer.signedIn() && record.enterprise() != null && viewer.belongsTo(record.enterprise().name()))) {
            return record;
        }
        // the contact's phone and e-mail are personal data on every demand, confidential or not
        return record.isConfidential() ? record.withoutIdentity()
                : record.withContact(record.contact() == null ? null : record.contact().withoutPersonalData());
    }

    @Override
    public boolean embedded() {
        return true;
    }

    /** Title, the problem, then the indicators to reach. */
    @Override
    public String semanticText(Demand d) {
        String indicators = String.join("；", d.indicators().stream().map(Indicator::toString).toList());
        return String.join("。", CatalogRules.nonNull(d.title(), d.description(), indicators));
    }

    @Override
    public boolean listedByDefault(Demand record) {
        return record.status() == DemandStatus.OPEN || record.status() == DemandStatus.DOCKING;
    }

    private static String chokepointTerm(String value) {
        return switch (value.strip().toLowerCase()) {
            case "true", "是", "1", "yes" -> "是";
            case "false", "否", "0", "no" -> "否";
            default -> throw new org.techmatch.vocabulary.UnknownValueException("卡脖子标记", value,
                    List.of("true", "false", "是", "否"));
        };
    }
}
