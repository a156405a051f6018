package org.techmatch.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * A saved search (订阅): a library, a query and filters (a field, an industry chain, a district …, as the library's
 * search takes them). New records that match arrive as a daily digest.
 *
 * @param owner      the account that saved it (and receives the digest)
 * @param onBehalfOf a client enterprise a manager subscribed for: its accounts receive the digest too
 * @param library    "demands", "achievements" or "experts"
 * @param lastRunAt  records created after this are new to the next digest
 */
public record Subscription(String id, long version, String owner, String onBehalfOf, String name, String library,
                           String q, Map<String, List<String>> filters, boolean active, Instant lastRunAt,
                           Instant createdAt, Instant updatedAt) implements CatalogRecord {
    public Subscription {
        name = Texts.clean(name);
        q = Texts.clean(q);
        onBehalfOf = Texts.clean(onBehalfOf);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    @Override
    public String title() {
        return name;
    }

    Subscription identified(String newId, long newVersion, Instant created, Instant updated) {
        return new Subscription(newId, newVersion, owner, onBehalfOf, name, library, q, filters, active,
                lastRunAt == null ? created : lastRunAt, created, updated);
    }

    Subscription ran(Instant at) {
        return new Subscription(id, version, owner, onBehalfOf, name, library, q, filters, active, at, createdAt,
                updatedAt);
    }

    Subscription cancelled() {
        return new Subscription(id, version, owner, onBehalfOf, name, library, q, filters, false, lastRunAt,
                createdAt, updatedAt);
    }
}
