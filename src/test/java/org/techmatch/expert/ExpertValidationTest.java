package org.techmatch.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.vocabulary.ExpertStatus;
import org.techmatch.vocabulary.ExpertType;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/** The expert kind's own rules, without a store: what is required, what is limited, how ids must look. */
class ExpertValidationTest {
    private final ExpertKind kind = new ExpertKind();

    @Test
    void aCompleteTeamPasses() {
        assertThat(problems(team("储能材料团队", "王立新", "研究高镍正极包覆。", List.of("正极材料"), List.of("ACH-000001"))))
                .isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        Expert empty = new Expert(null, 0, null, null, " ", null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(problems(empty)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("kind", "name", "organisation", "techFields", "profile");
    }

    @Test
    void aTeamNeedsItsLeaderButAPersonDoesNot() {
        Expert team = team("无带头人团队", null, "简介", List.of(), List.of());
        assertThat(problems(team)).extracting(FieldProblem::field).containsExactly("leader");
        Expert person = new Expert(null, 0, null, ExpertType.INDIVIDUAL, "冯志远", "教授",
                new Organisation("河北工业大学", OrgKind.UNIVERSITY), null, null, List.of("机器视觉"),
                List.of(TechField.ELECTRONIC_INFORMATION), null, null, null, null, null, null, null);
        assertThat(problems(person)).isEmpty();
    }

    @Test
    void researchAreasAloneAreEnoughWithoutAProfile() {
        assertThat(problems(team("视觉团队", "王立新", null, List.of("机器视觉"), List.of()))).isEmpty();
    }

    @Test
    void anOrganisationWithoutItsKindIsRefusedWithTheAcceptedKinds() {
        Expert e = team("视觉团队", "王立新", "简介", List.of(), List.of());
        Expert noKind = new Expert(null, 0, null, e.kind(), e.name(), null, new Organisation("天津大学", null),
                e.leader(), null, null, e.techFields(), e.profile(), null, null, null, null, null, null);
        assertThat(problems(noKind)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("organisation.kind");
            assertThat(p.message()).contains("高校、科研院所、企业、其他");
        });
    }

    @Test
    void achievementIdsMustLookLikeAchievementIdsAndEachBadOneIsNamed() {
        List<FieldProblem> found = problems(team("视觉团队", "王立新", "简介", List.of(),
                List.of("ACH-000001", "ACH-1", "DEM-000001", "ach-000002", "ACH-0000012")));
        assertThat(found).extracting(FieldProblem::field)
                .containsExactly("achievementIds[1]", "achievementIds[2]", "achievementIds[3]");
        assertThat(found).allSatisfy(p -> assertThat(p.message()).isEqualTo("应为科技成果编号，如 ACH-000123"));
    }

    @Test
    void tooManyLinksAndOverlongTextsAreRefusedWithTheirLimits() {
        List<String> ids = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> String.format("ACH-%06d", i))
                .toList();
        List<FieldProblem> found = problems(team("视觉团队", "王立新", "简".repeat(2_001),
                List.of("这是一个超过三十个字的研究方向名称用于测试长度限制是否生效的例子啊"), ids));
        assertThat(found).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("achievementIds", "profile", "researchAreas[0]");
        assertThat(found).filteredOn(p -> p.field().equals("achievementIds")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("最多关联 50 项成果"));
        assertThat(found).filteredOn(p -> p.field().equals("profile")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2000").contains("2001"));
    }

    @Test
    void repeatedEntriesAndBlankOnesAreDropped() {
        Expert e = new Expert(null, 0, null, ExpertType.TEAM, " 视觉团队 ", null,
                new Organisation("天津大学", OrgKind.UNIVERSITY), "王立新", List.of("王立新", "王立新", " "),
                List.of("机器视觉", "机器视觉"), List.of(TechField.ELECTRONIC_INFORMATION, TechField.ELECTRONIC_INFORMATION),
                null, List.of("ACH-000001", " ACH-000001 "), null, null, null, null, null);
        assertThat(e.name()).isEqualTo("视觉团队");
        assertThat(e.title()).isEqualTo("视觉团队");
        assertThat(e.members()).containsExactly("王立新");
        assertThat(e.researchAreas()).containsExactly("机器视觉");
        assertThat(e.techFields()).containsExactly(TechField.ELECTRONIC_INFORMATION);
        assertThat(e.achievementIds()).containsExactly("ACH-000001");
    }

    @Test
    void aNewEntryIsInLibraryAndRetiringKeepsItsHistory() {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");
        Expert stored = kind.initial(team("视觉团队", "王立新", "简介", List.of(), List.of()), "EXP-000007", now);
        assertThat(stored.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(kind.listedByDefault(stored)).isTrue();
        Expert retired = kind.retired(stored, now.plusSeconds(60));
        assertThat(retired.status()).isEqualTo(ExpertStatus.RETIRED);
        assertThat(retired.version()).isEqualTo(2);
        assertThat(retired.createdAt()).isEqualTo(now);
        assertThat(kind.listedByDefault(retired)).isFalse();
    }

    @Test
    void theContactIsRemovedForEnterprisesAndKeptForManagersAndTheOwnOrganisation() {
        Expert e = team("视觉团队", "王立新", "简介", List.of(), List.of());
        assertThat(kind.redactFor(Viewer.ANONYMOUS, e).contact()).isNull();
        assertThat(kind.redactFor(new Viewer(Role.ENTERPRISE, "天津某某科技有限公司"), e).contact()).isNull();
        assertThat(kind.redactFor(new Viewer(Role.MANAGER, null), e).contact()).isEqualTo(e.contact());
        assertThat(kind.redactFor(new Viewer(Role.UNIVERSITY, "天津大学"), e).contact()).isEqualTo(e.contact());
    }

    private static Expert team(String name, String leader, String profile, List<String> areas, List<String> ids) {
        return new Expert(null, 0, null, ExpertType.TEAM, name, "教授", new Organisation("天津大学", OrgKind.UNIVERSITY),
                leader, leader == null ? Collections.emptyList() : List.of(leader), areas,
                List.of(TechField.NEW_ENERGY), profile, ids, new Contact("王老师", "022-27401234", "wang@example.edu.cn"),
                null, null, null, null);
    }

    private List<FieldProblem> problems(Expert e) {
        Problems problems = new Problems();
        kind.validate(e, problems);
        return problems.list();
    }
}
