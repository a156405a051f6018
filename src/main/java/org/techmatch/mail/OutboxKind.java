package org.techmatch.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** The outbox's storage: found by status; read only by officials (it holds users' addresses). */
@Component
public final class OutboxKind implements RecordKind<OutboxMessage> {
    public static final String TYPE = "mail_outbox";
    static final String STATUS_FIELD = "status";
    static final int SUBJECT_CHARS = 200;
    static final int BODY_CHARS = 20_000;

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "待发邮件";
    }

    @Override
    public String idPrefix() {
        return "MAIL-";
    }

    @Override
    public Class<OutboxMessage> recordClass() {
        return OutboxMessage.class;
    }

    @Override
    public void validate(OutboxMessage m, Problems problems) {
        problems.text("to", m.to(), 254, true);
        problems.text("subject", m.subject(), SUBJECT_CHARS, true);
        problems.text("body", m.body(), BODY_CHARS, true);
    }

    @Override
    public OutboxMessage initial(OutboxMessage submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public OutboxMessage revised(OutboxMessage current, OutboxMessage next, Instant now) {
        return next.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    /** A message is history once sent: it is never deleted. */
    @Override
    public OutboxMessage retired(OutboxMessage current, Instant now) {
        return current;
    }

    @Override
    public void index(OutboxMessage m, IndexedFields doc) {
        IndexFields.keyword(doc, STATUS_FIELD, m.status().label());
        IndexFields.instant(doc, IndexFields.CREATED, m.createdAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public OutboxMessage redactFor(Viewer viewer, OutboxMessage record) {
        return record;
    }

    @Override
    public boolean readableBy(Viewer viewer, OutboxMessage record) {
        return viewer.role() == Role.OFFICIAL;
    }

    @Override
    public boolean listedByDefault(OutboxMessage record) {
        return true;
    }

    /** The job moves messages every few seconds; the notification it came from is the decision. */
    @Override
    public boolean audited() {
        return false;
    }

    @Override
    public String comparableText(OutboxMessage record) {
        return null;
    }
}
