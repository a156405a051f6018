package org.techmatch.challenge;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
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
    /** Looked up lazily: the challenge library is built from the kinds. */
    private final ObjectProvider<LibraryService<Challenge>> challenges;

    ApplicationKind(ObjectProvider<LibraryService<Challenge>> challenges) {
        this.challenges = challenges;
    }

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
        CatalogRules.amount("priceWan", a.priceWan(), problems);
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
     * Who may read an application at all is decided by {@link ApplicationService} (officials of the challenge's
     * district, managers, the reviewers assigned to it, the applicant itself). What they read: officials and
     * managers everything; the applicant its scores and comments without the reviewers' names; a reviewer only
     * its own reviews and not the team contact's phone and e-mail (personal data: the office, the managers and the
     * applicant itself).
     */
    @Override
    public Application redactFor(Viewer viewer, Application a) {
        if (viewer.role() == Role.OFFICIAL || viewer.role() == Role.MANAGER) {
            return a;
        }
        boolean applicant = viewer.signedIn() && viewer.role() != Role.REVIEWER && viewer.belongsTo(a.applicantName());
        if (applicant) {
            return a.withReviews(a.reviews().stream().map(Review::anonymous).toList(), a.status());
        }
        List<Review> own = viewer.role() != Role.REVIEWER ? List.of() : a.reviews().stream()
                .filter(r -> r.account() != null ? r.account().equals(viewer.username())
                        : viewer.belongsTo(r.organisation())).toList();
        return a.withContact(a.contact() == null ? null : a.contact().withoutPersonalData())
                .withReviews(own, a.status());
    }

    /**
     * The applicant itself, managers, the officials of the challenge's district and the reviewers assigned to the
     * challenge (the rule {@link ApplicationService} applies; here for readers of single records such as the audit).
     */
    @Override
    public boolean readableBy(Viewer viewer, Application a) {
        if (viewer.role() == Role.MANAGER || viewer.reviews(a.challengeId())
                || (ApplicationService.APPLICANTS.contains(viewer.role()) && viewer.belongsTo(a.applicantName()))) {
            return true;
        }
        return viewer.role() == Role.OFFICIAL && challenges.getObject().lookup(a.challengeId())
                .map(c -> viewer.answersFor(c.districtName())).orElse(viewer.district() == null);
    }

    @Override
    public boolean listedByDefault(Application a) {
        return a.status() != ApplicationStatus.WITHDRAWN;
    }
}
