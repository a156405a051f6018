package org.techmatch.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** What a notification tells of; each kind has its own preference (inbox only, inbox and e-mail, off). */
public enum NotificationType implements Labelled {
    MATCH_DIGEST("新匹配推荐"),
    INTEREST_RECEIVED("收到意向"),
    INTEREST_ANSWERED("意向答复"),
    DOCKING_STAGE("对接进展"),
    REVIEW_RESULT("审核结果"),
    DEADLINE("截止提醒"),
    EXPIRY_REMINDER("到期提醒"),
    SUBSCRIPTION_DIGEST("订阅推送");

    private final String label;

    NotificationType(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static NotificationType of(String value) {
        return Vocabularies.parse(NotificationType.class, "通知类型", value);
    }
}
