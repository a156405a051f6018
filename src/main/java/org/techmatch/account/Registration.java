package org.techmatch.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.regex.Pattern;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Texts;

/**
 * A self-registered organisation's application and where its review stands: 待审核 until an official of its
 * district (or a technology manager) approves it or returns it with a reason, which the applicant sees.
 *
 * @param decidedBy the reviewer's login name of the last decision, null while none was taken
 */
public record Registration(String creditCode, String contactPerson, String phone, Status status, String reason,
                           String decidedBy, Instant submittedAt, Instant decidedAt) {
    /** A mainland mobile number, or a landline with its area code (022-12345678, 02212345678, with an extension). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    public Registration {
        creditCode = CreditCode.normalise(creditCode);
        contactPerson = Texts.clean(contactPerson);
        phone = phone == null ? null : phone.strip().replace(" ", "");
        reason = Texts.clean(reason);
    }

    public enum Status {
        PENDING("待审核"),
        RETURNED("已退回"),
        APPROVED("已通过");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }

        @JsonCreator
        public static Status of(String value) {
            for (Status s : values()) {
                if (s.label.equals(value) || s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw org.techmatch.catalog.ValidationException.of("status", value, "应为 待审核、已退回 或 已通过");
        }
    }

    Registration decided(Status newStatus, String newReason, String reviewer, Instant at) {
        return new Registration(creditCode, contactPerson, phone, newStatus, newReason, reviewer, submittedAt, at);
    }

    static void validate(Registration r, Problems problems) {
        String code = CreditCode.problem(r.creditCode());
        if (code != null) {
            problems.add("creditCode", r.creditCode(), code);
        }
        problems.text("contactPerson", r.contactPerson(), 30, true);
        if (r.phone() == null || r.phone().isEmpty()) {
            problems.add("phone", null, "必填：联系电话（手机号或带区号的固定电话）");
        } else if (!PHONE.matcher(r.phone()).matches()) {
            problems.add("phone", r.phone(), "应为 11 位手机号（如 13812345678）或带区号的固定电话（如 022-23456789）");
        }
        problems.text("reason", r.reason(), 500, false);
    }
}
