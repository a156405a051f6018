package org.techmatch.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** How a user wants one kind of notification: in the inbox only, in the inbox and by e-mail, or not at all. */
public enum Channel implements Labelled {
    INBOX("仅站内信"),
    INBOX_AND_EMAIL("站内信和邮件"),
    OFF("关闭");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Channel of(String value) {
        return Vocabularies.parse(Channel.class, "通知方式", value);
    }
}
