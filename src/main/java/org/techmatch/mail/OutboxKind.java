package org.techmatch.mail;

import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** The outbox's storage: found by status; read only by officials (it holds users' addresses). */
@Component
public final class OutboxKind extends SystemRecordKind<OutboxMessage> {
    public static final String TYPE = "mail_outbox";
    static final String STATUS_FIELD = "status";
    static final int SUBJECT_CHARS = 200;
    static final int BODY_CHARS = 20_000;

    public OutboxKind() {
        super(TYPE, "待发邮件", "MAIL-", OutboxMessage.class, OutboxMessage::identified);
    }

    @Override
    public void validate(OutboxMessage m, Problems problems) {
        problems.text("to", m.to(), 254, true);
        problems.text("subject", m.subject(), SUBJECT_CHARS, true);
        problems.text("body", m.body(), BODY_CHARS, true);
    }

    @Override
    public void index(OutboxMessage m, IndexedFields doc) {
        IndexFields.keyword(doc, STATUS_FIELD, m.status().label());
        IndexFields.instant(doc, IndexFields.CREATED, m.createdAt());
    }

    @Override
    public boolean readableBy(Viewer viewer, OutboxMessage record) {
        return viewer.role() == Role.OFFICIAL;
    }
}
