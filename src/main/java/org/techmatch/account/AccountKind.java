package org.techmatch.account;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.Region;

/** Accounts as a small library of their own: versioned, found by username, never listed to the public. */
@Component
public final class AccountKind implements RecordKind<Account> {
    public static final String TYPE = "account";
    static final String USERNAME = "username";
    static final String CREDIT_CODE = "creditCode";
    static final String REGISTRATION_STATUS = "registrationStatus";
    private static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(
            new KeywordFilter("role", List.of(), "role", true, v -> Role.valueOf(v.strip().toUpperCase()).name()),
            new KeywordFilter("organisation", List.of(), "organisation", false, String::strip)),
            null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "账号";
    }

    @Override
    public String idPrefix() {
        return "USR-";
    }

    @Override
    public Class<Account> recordClass() {
        return Account.class;
    }

    @Override
    public void validate(Account a, Problems problems) {
        if (a.username() == null || a.username().isBlank()) {
            problems.add("username", a.username(), "必填：登录名");
        } else if (!USERNAME_PATTERN.matcher(a.username()).matches()) {
            problems.add("username", a.username(), "登录名应为 3–40 个字母、数字或 . _ -，以字母或数字开头");
        }
        problems.text("displayName", a.displayName(), 60, false);
        if (a.role() == null) {
            problems.add("role", null, "必填：角色，可选 ENTERPRISE、UNIVERSITY、MANAGER、OFFICIAL、REVIEWER");
        } else if (a.role() == Role.ANONYMOUS) {
            problems.add("role", a.role(), "访客不是账号角色，可选 ENTERPRISE、UNIVERSITY、MANAGER、OFFICIAL、REVIEWER");
        }
        problems.text("organisation", a.organisation(), 100, !a.admin());
        if (a.district() != null && !Region.TIANJIN_DISTRICTS.contains(a.district())) {
            problems.add("district", a.district(), "应为天津市的区，如 滨海新区、南开区");
        }
        if (!a.assignedChallenges().isEmpty() && a.role() != Role.REVIEWER) {
            problems.add("assignedChallenges", a.assignedChallenges(), "只有评审专家账号可以分配评审的榜单");
        }
        for (int i = 0; i < a.assignedChallenges().size(); i++) {
            if (!a.assignedChallenges().get(i).matches("CHL-\\d{6}")) {
                problems.add("assignedChallenges[" + i + "]", a.assignedChallenges().get(i), "应为榜单编号，如 CHL-000002");
            }
        }
        if (a.registration() != null) {
            Registration.validate(a.registration(), problems);
            if (a.role() != Role.ENTERPRISE && a.role() != Role.UNIVERSITY) {
                problems.add("role", a.role(), "注册只面向企业和高校院所：应为 ENTERPRISE（企业）或 UNIVERSITY（高校院所）");
            }
            if (a.district() == null) {
                problems.add("district", null, "必填：所在区，如 滨海新区、南开区");
            }
        }
        if (a.passwordHash() == null) {
            problems.add("password", null, "必填：密码");
        }
    }

    @Override
    public Account initial(Account submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public Account revised(Account current, Account submitted, Instant now) {
        return submitted.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public Account retired(Account current, Instant now) {
        return current.disabled().identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public void index(Account a, IndexedFields doc) {
        IndexFields.filterOnly(doc, USERNAME, a.username());
        IndexFields.keyword(doc, "role", a.role().name());
        IndexFields.filterOnly(doc, "organisation", a.organisation());
        if (a.registration() != null) {
            IndexFields.filterOnly(doc, CREDIT_CODE, a.registration().creditCode());
            IndexFields.filterOnly(doc, REGISTRATION_STATUS, a.registration().status().name());
        }
        IndexFields.instant(doc, IndexFields.CREATED, a.createdAt());
        IndexFields.instant(doc, IndexFields.UPDATED, a.updatedAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    /** The hash stays inside the service whoever asks; the API answers with {@link AccountView}. */
    @Override
    public Account redactFor(Viewer viewer, Account record) {
        return new Account(record.id(), record.version(), record.username(), record.displayName(), record.role(),
                record.organisation(), record.district(), record.admin(), null, record.enabled(),
                record.assignedChallenges(), record.createdAt(), record.updatedAt(), record.registration());
    }

    /** An applicant's credit code, contact and phone are for its reviewers ({@link RegistrationService}), not the log. */
    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("registration.creditCode", "registration.contactPerson", "registration.phone");
    }

    @Override
    public boolean listedByDefault(Account record) {
        return true;
    }

    @Override
    public String comparableText(Account record) {
        return null;
    }
}
