package org.techmatch.subscription;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Saved searches: found by owner; read by their owner only. */
@Component
public final class SubscriptionKind implements RecordKind<Subscription> {
    public static final String TYPE = "subscription";
    static final String OWNER = "owner";
    static final int NAME_CHARS = 60;
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "订阅";
    }

    @Override
    public String idPrefix() {
        return "SUB-";
    }

    @Override
    public Class<Subscription> recordClass() {
        return Subscription.class;
    }

    @Override
    public void validate(Subscription s, Problems problems) {
        problems.text("name", s.name(), NAME_CHARS, true);
        problems.text("q", s.q(), 200, false);
        problems.text("onBehalfOf", s.onBehalfOf(), 200, false);
    }

    @Override
    public Subscription initial(Subscription submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public Subscription revised(Subscription current, Subscription next, Instant now) {
        return next.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public Subscription retired(Subscription current, Instant now) {
        return current.cancelled().identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public void index(Subscription s, IndexedFields doc) {
        IndexFields.filterOnly(doc, OWNER, s.owner());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public Subscription redactFor(Viewer viewer, Subscription record) {
        return record;
    }

    @Override
    public boolean readableBy(Viewer viewer, Subscription record) {
        return viewer.username() != null && viewer.username().equals(record.owner());
    }

    @Override
    public boolean listedByDefault(Subscription record) {
        return record.active();
    }

    @Override
    public boolean audited() {
        return false;
    }

    @Override
    public String comparableText(Subscription record) {
        return null;
    }
}
