package org.techmatch.challenge;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/**
 * Applications are stored as their own records (not inside the challenge) so that many teams can apply at once
 * without contending for the challenge's version; they are found by their challengeId.
 */
@Component
public final class ApplicationKind implements RecordKind<Application> {
    public static final String TYPE = "application";
    static final String CHALLENGE_FIELD = "challengeId";
    static final int MAX_ACHIEVEMENTS = 20;

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("status", List.of(), "status", true, v -> ApplicationStatus.of(v).label())),
            "price", List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "揭榜申请";
    }

    @Override
    public String idPrefix() {
        return "APP-";
    }

    @Override
    public Class<Application> recordClass() {
        return Application.class;
    }

    @Override
    public void validate(Application a, Problems problems) {
        problems.text("title", a.title(), CatalogRules.TITLE_CHARS, true);
        CatalogRules.organisation("applicant", a.applicant(), true, problems);
        if (a.applicant() != null && a.applicant().name() != null && a.applicant().kind() == null) {
            problems.add("applicant.kind", null, "必填，可选值：高校、科研院所、企业、其他");
        }
        CatalogRules.team("team", a.team(), problems);
        CatalogRules.contact("contact", a.contact(), problems);
        problems.text("approach", a.approach(), CatalogRules.DESCRIPTION_CHARS, true);
        problems.text("schedule", a.schedule(), CatalogRules.SCOPE_CHARS, false);
        if (a.achievementIds().size() > MAX_ACHIEVEMENTS) {
            problems.add("achievementIds", a.achievementIds().size(), "最多关联 " + MAX_ACHIEVEMENTS + " 项成果");
        }
        if (a.priceWan() != null && !(a.priceWan() >= 0 && a.priceWan() <= CatalogRules.MAX_AMOUNT_WAN)) {
            problems.add("priceWan", a.priceWan(), "报价（万元）应在 0 到 " + (long) CatalogRules.MAX_AMOUNT_WAN + " 之间");
        }
    }

    @Override
    public Application initial(Application submitted, String id, Instant now) {
        ApplicationStatus status = submitted.status() == null ? ApplicationStatus.SUBMITTED : submitted.status();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        return submitted.identified(id, 1, status, created, now);
    }

    @Override
    public Application revised(Application current, Application next, Instant now) {
        return next.identified(current.id(), current.version() + 1, next.status(), current.createdAt(), now);
    }

    @Override
    public Application retired(Application current, Instant now) {
        return current.identified(current.id(), current.version() + 1, ApplicationStatus.WITHDRAWN,
                current.createdAt(), now);
    }

    @Override
    public void index(Application a, IndexedFields doc) {
        IndexFields.filterOnly(doc, CHALLENGE_FIELD, a.challengeId());
        IndexFields.filterOnly(doc, "applicant", a.applicantName());
        IndexFields.keyword(doc, "status", a.status().label());
        IndexFields.text(doc, IndexFields.TITLE, a.title());
        IndexFields.text(doc, IndexFields.BODY, a.approach());
        IndexFields.instant(doc, IndexFields.CREATED, a.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, a.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    /**
     * Reviews are for the office: the applicant reads its scores and comments without the reviewers' names,
     * a reviewer reads only the reviews of its own organisation. Who may read an application at all is
     * decided by {@link ApplicationService}.
     */
    @Override
    public Application redactFor(Viewer viewer, Application a) {
        if (viewer.role() == Role.OFFICIAL) {
            return a;
        }
        List<Review> visible = viewer.belongsTo(a.applicantName())
                ? a.reviews().stream().map(Review::anonymous).toList()
                : a.reviews().stream().filter(r -> viewer.belongsTo(r.organisation())).toList();
        return a.withReviews(visible, a.status());
    }

    @Override
    public boolean listedByDefault(Application a) {
        return a.status() != ApplicationStatus.WITHDRAWN;
    }
}
