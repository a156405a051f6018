package org.techmatch.challenge;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.IndustryChains;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/** The challenge list's storage, index mapping and visibility; content rules are in {@link ChallengeRules}. */
@Component
public final class ChallengeKind implements RecordKind<Challenge> {
    public static final String TYPE = "challenge";

    /** Drafts are the office's working papers: never listed unless asked for by status (officials only). */
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("status", List.of(), "status", true, v -> ChallengeStatus.of(v).label()),
            new KeywordFilter("techField", List.of("field"), "techField", true, v -> TechField.of(v).label()),
            new KeywordFilter("region", List.of("district"), "region", true, v -> Region.of(v).name()),
            new KeywordFilter("chain", List.of("industryChain"), "chain", true, v -> IndustryChain.of(v).label())),
            "budget", Arrays.stream(ChallengeStatus.values()).filter(s -> s != ChallengeStatus.DRAFT)
            .map(ChallengeStatus::label).toList());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "揭榜挂帅榜单";
    }

    @Override
    public String idPrefix() {
        return "CHL-";
    }

    @Override
    public Class<Challenge> recordClass() {
        return Challenge.class;
    }

    @Override
    public void validate(Challenge submitted, Problems problems) {
        ChallengeRules.validate(submitted, problems);
    }

    /** Keeps a given status and history: fixtures bring challenges at every stage; the API passes drafts only. */
    @Override
    public Challenge initial(Challenge submitted, String id, Instant now) {
        ChallengeStatus status = submitted.status() == null ? ChallengeStatus.DRAFT : submitted.status();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        return submitted.identified(id, 1, status, created, now);
    }

    /** The service builds the whole next state (transition, award, milestone); here only identity and time. */
    @Override
    public Challenge revised(Challenge current, Challenge next, Instant now) {
        return next.identified(current.id(), current.version() + 1, next.status(), current.createdAt(), now);
    }

    /** There is no deleting a challenge: ending one is the terminate transition, which keeps the reason. */
    @Override
    public Challenge retired(Challenge current, Instant now) {
        throw new UnsupportedOperationException("challenges end through the terminate transition");
    }

    @Override
    public void index(Challenge c, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, c.title());
        List<String> indicators = c.indicators().stream().map(Object::toString).toList();
        IndexFields.text(doc, IndexFields.BODY, String.join("\n", CatalogRules.nonNull(c.problem(),
                String.join("\n", indicators), c.eligibility(), c.office() == null ? null : c.office().name())));
        IndexFields.keyword(doc, "status", c.status().label());
        IndexFields.keyword(doc, "techField", c.techField() == null ? null : c.techField().label());
        IndexFields.keyword(doc, "region", c.office() == null || c.office().district() == null ? null
                : c.office().district().name());
        IndexFields.keyword(doc, "chain", chainOf(c).label());
        IndexFields.industry(doc, c.industry());
        IndexFields.money(doc, c.budgetWan() == null ? null : MoneyRange.between(c.budgetWan(), c.budgetWan()));
        IndexFields.instant(doc, IndexFields.CREATED, c.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, c.updatedAt());
    }

    static IndustryChain chainOf(Challenge c) {
        return IndustryChains.classify(c.techField(), c.industry(), c.title());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    /**
     * Officials, managers and reviewers (who judge the evidence) see everything; the awarded team sees its own
     * project in full; everyone else sees
     * the published list (title, problem, indicators, budget, deadline, plan) without the log and the evidence.
     */
    @Override
    public Challenge redactFor(Viewer viewer, Challenge record) {
        if (viewer.seesConfidential() || viewer.role() == Role.REVIEWER || (record.awardee() != null && viewer.belongsTo(record.awardee()))) {
            return record;
        }
        return record.publicView();
    }

    /** The office's district: its officials read its drafts and move it (see {@link org.techmatch.catalog.RecordAccess}). */
    @Override
    public String districtOf(Challenge record) {
        return record.districtName();
    }

    @Override
    public boolean listedByDefault(Challenge record) {
        return record.status() != ChallengeStatus.DRAFT;
    }
}
