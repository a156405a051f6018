package org.techmatch.stats;

import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Tallies of shown matches as a small library, so they are durable, backed up and rebuilt like every record. */
@Component
public final class ShownTallyKind extends SystemRecordKind<ShownTally> {
    public static final String TYPE = "shown_tally";
    static final String KEY_FIELD = "tallyKey";

    public ShownTallyKind() {
        super(TYPE, "匹配展示计数", "SHOWN-", ShownTally.class, (tally, id, version, created, updated) -> tally.with(id, version, tally.count(), created, updated));
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
    public void index(ShownTally tally, IndexedFields doc) {
        IndexFields.filterOnly(doc, KEY_FIELD, tally.key().asTerm());
    }
}
