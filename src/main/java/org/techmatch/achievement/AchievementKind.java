package org.techmatch.achievement;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.ReviewStage;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;

/** The achievement library's rules, index mapping and visibility. */
@Component
public final class AchievementKind implements RecordKind<Achievement> {
    public static final String TYPE = "achievement";
    /** Other libraries link to achievements by id (an expert's achievementIds). */
    public static final String ID_PREFIX = "ACH-";

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("techField", List.of("field"), "techField", true, v -> TechField.of(v).label()),
            new KeywordFilter("industry", List.of(), "industry", false, v -> Industry.of(v).code()),
            new KeywordFilter("industrySection", List.of(), "industrySection", true,
                    v -> Industry.of(v).sectionName()),
            new KeywordFilter("maturity", List.of(), "maturity", true, v -> Maturity.of(v).label()),
            new KeywordFilter("region", List.of(), "region", true, v -> Region.of(v).name()),
            new KeywordFilter("status", List.of(), "status", true, v -> AchievementStatus.of(v).label()),
            new KeywordFilter("transferMode", List.of("mode"), "mode", true, v -> TransferMode.of(v).label()),
            new KeywordFilter("ownerKind", List.of(), "ownerKind", true, v -> OrgKind.of(v).label()),
            new KeywordFilter("ipKind", List.of(), "ipKind", true, v -> IpKind.of(v).label())),
            "price", List.of(AchievementStatus.PUBLISHED.label()));

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "科技成果";
    }

    @Override
    public String idPrefix() {
        return ID_PREFIX;
    }

    @Override
    public Class<Achievement> recordClass() {
        return Achievement.class;
    }

    @Override
    public void validate(Achievement a, Problems problems) {
        problems.text("title", a.title(), CatalogRules.TITLE_CHARS, true);
        problems.text("description", a.description(), CatalogRules.DESCRIPTION_CHARS, true);
        CatalogRules.organisation("owner", a.owner(), true, problems);
        if (a.owner() != null && a.owner().name() != null && a.owner().kind() == null) {
            problems.add("owner.kind", null, "必填，可选值：高校、科研院所、企业、其他");
        }
        CatalogRules.team("team", a.team(), problems);
        CatalogRules.contact("contact", a.contact(), problems);
        problems.required("techField", a.techField());
        problems.required("maturity", a.maturity());
        problems.texts("keywords", a.keywords(), CatalogRules.MAX_KEYWORDS, CatalogRules.KEYWORD_CHARS);
        CatalogRules.ipRights("ip", a.ip(), problems);
        CatalogRules.money("askingPrice", a.askingPrice(), problems);
        problems.text("applicationScope", a.applicationScope(), CatalogRules.SCOPE_CHARS, false);
    }

    @Override
    public Achievement initial(Achievement submitted, String id, Instant now) {
        AchievementStatus status = submitted.status() == null ? AchievementStatus.PUBLISHED : submitted.status();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        return submitted.with(id, 1, status, created, now);
    }

    @Override
    public Achievement asSubmitted(Achievement submitted) {
        AchievementStatus status = submitted.status() == AchievementStatus.DRAFT ? AchievementStatus.DRAFT : null;
        return submitted.with(null, 0, status, null, null);
    }

    @Override
    public ReviewStage reviewStage(Achievement record) {
        return record.status() == null ? ReviewStage.NONE : switch (record.status()) {
            case DRAFT -> ReviewStage.DRAFT;
            case PENDING_REVIEW -> ReviewStage.PENDING;
            case RETURNED -> ReviewStage.RETURNED;
            default -> ReviewStage.NONE;
        };
    }

    @Override
    public Achievement heldForReview(Achievement submitted) {
        return submitted.status() == AchievementStatus.DRAFT ? submitted
                : submitted.with(submitted.id(), submitted.version(), AchievementStatus.PENDING_REVIEW,
                submitted.createdAt(), submitted.updatedAt());
    }

    @Override
    public Achievement afterReview(Achievement record, boolean publish) {
        return record.with(record.id(), record.version(),
                publish ? AchievementStatus.PUBLISHED : AchievementStatus.RETURNED, record.createdAt(),
                record.updatedAt());
    }

    @Override
    public Achievement revised(Achievement current, Achievement submitted, Instant now) {
        AchievementStatus status = submitted.status() == null ? current.status() : submitted.status();
        return submitted.with(current.id(), current.version() + 1, status, current.createdAt(), now);
    }

    @Override
    public Achievement retired(Achievement current, Instant now) {
        return current.with(current.id(), current.version() + 1, AchievementStatus.WITHDRAWN, current.createdAt(), now);
    }

    @Override
    public void index(Achievement a, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, a.title());
        IndexFields.text(doc, IndexFields.BODY, String.join("\n", CatalogRules.nonNull(a.description(),
                String.join(" ", a.keywords()), a.applicationScope(),
                a.owner() == null ? null : a.owner().name(), a.team() == null ? null : a.team().name())));
        IndexFields.keyword(doc, "status", a.status().label());
        IndexFields.keyword(doc, "techField", a.techField() == null ? null : a.techField().label());
        IndexFields.industry(doc, a.industry());
        IndexFields.keyword(doc, "maturity", a.maturity() == null ? null : a.maturity().label());
        IndexFields.keyword(doc, "region", a.region() == null ? null : a.region().name());
        IndexFields.keyword(doc, "ownerKind", a.owner() == null || a.owner().kind() == null ? null
                : a.owner().kind().label());
        a.transferModes().forEach(mode -> IndexFields.keyword(doc, "mode", mode.label()));
        a.ip().stream().map(ip -> ip.kind() == null ? null : ip.kind().label()).distinct()
                .forEach(kind -> IndexFields.keyword(doc, "ipKind", kind));
        IndexFields.money(doc, a.askingPrice());
        IndexFields.instant(doc, IndexFields.CREATED, a.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, a.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    /**
     * A contact's phone and e-mail are personal data (often the inventor's own): managers, officials of the
     * achievement's district and its own organisation see them; everyone else contacts through a manager.
     */
    @Override
    public Achievement redactFor(Viewer viewer, Achievement record) {
        if (record.contact() == null || viewer.seesConfidentialIn(districtOf(record))
                || (viewer.signedIn() && viewer.belongsTo(ownerOf(record)))) {
            return record;
        }
        return record.withContact(record.contact().withoutPersonalData());
    }

    @Override
    public String ownerOf(Achievement record) {
        return record.owner() == null ? null : record.owner().name();
    }

    @Override
    public String districtOf(Achievement record) {
        return record.region() == null ? null : record.region().name();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    /** Title first (the model reads only the start), then keywords, the description and where it applies. */
    @Override
    public String semanticText(Achievement a) {
        return String.join("。", CatalogRules.nonNull(a.title(), String.join("、", a.keywords()), a.description(),
                a.applicationScope()));
    }

    @Override
    public boolean listedByDefault(Achievement record) {
        return record.status() == AchievementStatus.PUBLISHED;
    }
}
