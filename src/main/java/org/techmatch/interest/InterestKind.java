package org.techmatch.interest;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Interests' storage: found by sender, receiver, district and open pair; read as {@link InterestAccess} says. */
@Component
public final class InterestKind implements RecordKind<Interest> {
    public static final String TYPE = "interest";
    static final int MESSAGE_CHARS = 500;
    static final int NOTE_CHARS = 200;
    static final String FROM = "fromKey";
    static final String TO = "toKey";
    static final String DISTRICT = "district";
    static final String OPEN_PAIR = "openPair";
    static final String TARGET = "targetId";
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "合作意向";
    }

    @Override
    public String idPrefix() {
        return "INT-";
    }

    @Override
    public Class<Interest> recordClass() {
        return Interest.class;
    }

    @Override
    public void validate(Interest i, Problems problems) {
        problems.text("message", i.message(), MESSAGE_CHARS, true);
        problems.text("declineNote", i.declineNote(), NOTE_CHARS, false);
        problems.text("targetId", i.targetId(), 40, true);
        problems.text("fromOrganisation", i.fromOrganisation(), 200, true);
    }

    @Override
    public Interest initial(Interest submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public Interest revised(Interest current, Interest next, Instant now) {
        return next.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public Interest retired(Interest current, Instant now) {
        return current.answered(InterestStatus.WITHDRAWN, null, null, null, now, null);
    }

    @Override
    public void index(Interest i, IndexedFields doc) {
        IndexFields.filterOnly(doc, FROM, Texts.organisationKey(i.fromOrganisation()));
        IndexFields.filterOnly(doc, TO, Texts.organisationKey(i.toOrganisation()));
        IndexFields.filterOnly(doc, DISTRICT, i.district());
        IndexFields.filterOnly(doc, TARGET, i.targetId());
        if (i.status() == InterestStatus.OPEN) {
            IndexFields.filterOnly(doc, OPEN_PAIR, pair(i.fromOrganisation(), i.targetId()));
        }
        IndexFields.keyword(doc, "status", i.status().label());
        IndexFields.instant(doc, IndexFields.CREATED, i.createdAt());
    }

    static String pair(String organisation, String targetId) {
        return Texts.organisationKey(organisation) + "|" + targetId;
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public Interest redactFor(Viewer viewer, Interest record) {
        return InterestAccess.seesReceiver(viewer, record) ? record : record.withoutReceiver();
    }

    @Override
    public boolean readableBy(Viewer viewer, Interest record) {
        return InterestAccess.mayRead(viewer, record);
    }

    @Override
    public boolean listedByDefault(Interest record) {
        return true;
    }

    @Override
    public String ownerOf(Interest record) {
        return record.fromOrganisation();
    }

    @Override
    public String districtOf(Interest record) {
        return record.district();
    }

    @Override
    public String comparableText(Interest record) {
        return null;
    }
}
