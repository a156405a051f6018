package org.techmatch.subscription;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Saved searches: found by owner; read by their owner only. */
@Component
public final class SubscriptionKind extends SystemRecordKind<Subscription> {
    public static final String TYPE = "subscription";
    static final String OWNER = "owner";
    static final int NAME_CHARS = 60;

    public SubscriptionKind() {
        super(TYPE, "订阅", "SUB-", Subscription.class, Subscription::identified);
    }

    @Override
    public void validate(Subscription s, Problems problems) {
        problems.text("name", s.name(), NAME_CHARS, true);
        problems.text("q", s.q(), 200, false);
        problems.text("onBehalfOf", s.onBehalfOf(), 200, false);
    }

    @Override
    public Subscription retired(Subscription current, Instant now) {
        return nextVersion(current, current.cancelled(), now);
    }

    @Override
    public void index(Subscription s, IndexedFields doc) {
        IndexFields.filterOnly(doc, OWNER, s.owner());
    }

    @Override
    public boolean readableBy(Viewer viewer, Subscription record) {
        return viewer.username() != null && viewer.username().equals(record.owner());
    }

    @Override
    public boolean listedByDefault(Subscription record) {
        return record.active();
    }
}
