package org.techmatch.expert;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.ExpertStatus;
import org.techmatch.vocabulary.ExpertType;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/** The expert library's rules, index mapping and visibility (a person's contact goes to brokers only). */
@Component
public final class ExpertKind implements RecordKind<Expert> {
    public static final String TYPE = "expert";
    public static final String ACHIEVEMENT_ID_FIELD = "achievementId";
    static final int PROFESSIONAL_TITLE_CHARS = 60;
    static final int PROFILE_CHARS = 2_000;
    static final int MAX_LINKED_ACHIEVEMENTS = 50;

    /** Generated achievement ids are the prefix and at least six digits (ACH-000123, later ACH-1234567). */
    private static final Pattern ACHIEVEMENT_ID = Pattern.compile(Pattern.quote(AchievementKind.ID_PREFIX) + "\\d{6,}");

    // No amount: experts have no price or budget, so the library has no amount filter or amount sort.
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("techField", List.of("field"), "techField", true, v -> TechField.of(v).label()),
            new KeywordFilter("kind", List.of("expertKind"), "kind", true, v -> ExpertType.of(v).label()),
            new KeywordFilter("region", List.of(), "region", true, v -> Region.of(v).name()),
            new KeywordFilter("orgKind", List.of("organisationKind", "ownerKind"), "orgKind", true,
                    v -> OrgKind.of(v).label()),
            new KeywordFilter("organisation", List.of("org"), "organisation", false, String::strip),
            new KeywordFilter("status", List.of(), "status", true, v -> ExpertStatus.of(v).label())),
            null, List.of(ExpertStatus.ACTIVE.label()));

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "专家团队";
    }

    @Override
    public String idPrefix() {
        return "EXP-";
    }

    @Override
    public Class<Expert> recordClass() {
        return Expert.class;
    }

    @Override
    public void validate(Expert e, Problems problems) {
        problems.required("kind", e.kind());
        problems.text("name", e.name(), CatalogRules.NAME_CHARS, true);
        problems.text("professionalTitle", e.professionalTitle(), PROFESSIONAL_TITLE_CHARS, false);
        CatalogRules.organisation("organisation", e.organisation(), true, problems);
        if (e.organisation() != null && e.organisation().name() != null && e.organisation().kind() == null) {
            problems.add("organisation.kind", null, "必填，可选值：高校、科研院所、企业、其他");
        }
        // A team is brokered through its leader; a person is their own contact point.
        problems.text("leader", e.leader(), CatalogRules.NAME_CHARS, e.kind() == ExpertType.TEAM);
        problems.texts("members", e.members(), CatalogRules.MAX_MEMBERS, CatalogRules.NAME_CHARS);
        problems.texts("researchAreas", e.researchAreas(), CatalogRules.MAX_KEYWORDS, CatalogRules.KEYWORD_CHARS);
        if (e.techFields().isEmpty()) {
            problems.add("techFields", null, "必填，至少一个技术领域");
        }
        problems.text("profile", e.profile(), PROFILE_CHARS, false);
        if (e.profile() == null && e.researchAreas().isEmpty()) {
            problems.add("profile", null, "简介（profile）与研究方向（researchAreas）至少填写一项");
        }
        achievementIds(e.achievementIds(), problems);
        CatalogRules.contact("contact", e.contact(), problems);
    }

    /** The ids' form only; whether they exist is {@link LinkedAchievements}' question. */
    private static void achievementIds(List<String> ids, Problems problems) {
        if (ids.size() > MAX_LINKED_ACHIEVEMENTS) {
            problems.add("achievementIds", ids.size(), "最多关联 " + MAX_LINKED_ACHIEVEMENTS + " 项成果（当前 "
                    + ids.size() + " 项）");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!isAchievementId(ids.get(i))) {
                problems.add("achievementIds[" + i + "]", ids.get(i), "应为科技成果编号，如 ACH-000123");
            }
        }
    }

    static boolean isAchievementId(String id) {
        return ACHIEVEMENT_ID.matcher(id).matches();
    }

    @Override
    public Expert initial(Expert submitted, String id, Instant now) {
        ExpertStatus status = submitted.status() == null ? ExpertStatus.ACTIVE : submitted.status();
        Instant created = submitted.createdAt() == null ? now : submitted.createdAt();
        return submitted.with(id, 1, status, created, now);
    }

    @Override
    public Expert asSubmitted(Expert submitted) {
        return submitted.with(null, 0, null, null, null);
    }

    @Override
    public Expert revised(Expert current, Expert submitted, Instant now) {
        ExpertStatus status = submitted.status() == null ? current.status() : submitted.status();
        return submitted.with(current.id(), current.version() + 1, status, current.createdAt(), now);
    }

    @Override
    public Expert retired(Expert current, Instant now) {
        return current.with(current.id(), current.version() + 1, ExpertStatus.RETIRED, current.createdAt(), now);
    }

    @Override
    public void index(Expert e, IndexedFields doc) {
        IndexFields.text(doc, IndexFields.TITLE, e.name());
        // The leader is in the text because brokers look teams up by the professor's name (王立新团队).
        // Members and contact are not: a search should not turn the library into a people directory.
        IndexFields.text(doc, IndexFields.BODY, String.join("\n", CatalogRules.nonNull(e.profile(),
                String.join(" ", e.researchAreas()), e.organisation() == null ? null : e.organisation().name(),
                e.leader())));
        IndexFields.keyword(doc, "status", e.status().label());
        IndexFields.keyword(doc, "kind", e.kind() == null ? null : e.kind().label());
        e.techFields().forEach(field -> IndexFields.keyword(doc, "techField", field.label()));
        IndexFields.keyword(doc, "region", e.region() == null ? null : e.region().name());
        IndexFields.keyword(doc, "orgKind", e.organisation() == null || e.organisation().kind() == null ? null
                : e.organisation().kind().label());
        IndexFields.filterOnly(doc, "organisation", e.organisation() == null ? null : e.organisation().name());
        // Matching finds the teams behind the achievements that fit a demand through this field.
        e.achievementIds().forEach(id -> IndexFields.filterOnly(doc, ACHIEVEMENT_ID_FIELD, id));
        IndexFields.instant(doc, IndexFields.CREATED, e.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, e.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public String ownerOf(Expert record) {
        return record.organisation() == null ? null : record.organisation().name();
    }

    @Override
    public String districtOf(Expert record) {
        return record.region() == null ? null : record.region().name();
    }

    /**
     * Experts are found by anyone, but a person's phone and e-mail are personal data: they go to technology
     * managers and officials, who broker the contact (专家破题 runs through them), and to the expert's own
     * organisation, which maintains the entry.
     */
    @Override
    public Expert redactFor(Viewer viewer, Expert record) {
        if (record.contact() == null || viewer.seesConfidentialIn(districtOf(record))
                || (viewer.signedIn() && record.organisation() != null
                && viewer.belongsTo(record.organisation().name()))) {
            return record;
        }
        return record.withoutContact();
    }

    /** A name alone is no evidence (two people share names): the organisation and the profile say who it is. */
    @Override
    public String comparableText(Expert e) {
        return String.join("。", CatalogRules.nonNull(e.name(), e.organisation() == null ? null
                : e.organisation().name(), String.join("、", e.researchAreas()), e.profile()));
    }

    @Override
    public boolean embedded() {
        return true;
    }

    /** Name, research areas, then the profile: what the team works on, most telling first. */
    @Override
    public String semanticText(Expert e) {
        return String.join("。", CatalogRules.nonNull(e.name(), String.join("、", e.researchAreas()), e.profile()));
    }

    @Override
    public boolean listedByDefault(Expert record) {
        return record.status() == ExpertStatus.ACTIVE;
    }
}
