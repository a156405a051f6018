package org.techmatch.mail;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/**
 * Where a message of the outbox stands. 发送中 is stored before the SMTP conversation starts and 已发送 after the
 * server accepted it, so a message found 发送中 at start was being sent when the service stopped: it becomes 待核实
 * and is never sent again automatically (see {@link OutboxSender}).
 */
public enum OutboxStatus implements Labelled {
    PENDING("待发送"),
    SENDING("发送中"),
    SENT("已发送"),
    UNCERTAIN("待核实");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static OutboxStatus of(String value) {
        return Vocabularies.parse(OutboxStatus.class, "邮件状态", value);
    }
}
