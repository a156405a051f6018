package org.techmatch.stats;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Tallies of shown matches as a small library, so they are durable, backed up and rebuilt like every record. */
@Component
public final class ShownTallyKind implements RecordKind<ShownTally> {
    public static final String TYPE = "shown_tally";
    static final String KEY_FIELD = "tallyKey";

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "匹配展示计数";
    }

    @Override
    public String idPrefix() {
        return "SHOWN-";
    }

    @Override
    public Class<ShownTally> recordClass() {
        return ShownTally.class;
    }

    @Override
    public void validate(ShownTally tally, Problems problems) {
        problems.text("month", tally.month(), 7, true);
        problems.text("district", tally.district(), 40, true);
        problems.text("techField", tally.techField(), 40, true);
        problems.text("chain", tally.chain(), 40, true);
        if (tally.count() < 0) {
            problems.add("count", tally.count(), "不能为负数");
        }
    }

    @Override
    public ShownTally initial(ShownTally submitted, String id, Instant now) {
        return submitted.with(id, 1, submitted.count(), now, now);
    }

    @Override
    public ShownTally revised(ShownTally current, ShownTally submitted, Instant now) {
        return submitted.with(current.id(), current.version() + 1, submitted.count(), current.createdAt(), now);
    }

    /** A tally is never retired: it is history. */
    @Override
    public ShownTally retired(ShownTally current, Instant now) {
        return current;
    }

    @Override
    public void index(ShownTally tally, IndexedFields doc) {
        IndexFields.filterOnly(doc, KEY_FIELD, tally.key().asTerm());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public ShownTally redactFor(Viewer viewer, ShownTally record) {
        return record;
    }

    @Override
    public boolean listedByDefault(ShownTally record) {
        return true;
    }

    /** The service updates tallies every few seconds on its own; they record no one's decision. */
    @Override
    public boolean audited() {
        return false;
    }

    /** Counts have no text to compare. */
    @Override
    public String comparableText(ShownTally record) {
        return null;
    }
}
