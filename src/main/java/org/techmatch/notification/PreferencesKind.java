package org.techmatch.notification;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Notification settings, one record per account, read and changed by that account only. */
@Component
public final class PreferencesKind implements RecordKind<Preferences> {
    public static final String TYPE = "notification_prefs";
    static final String USERNAME = "username";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "通知设置";
    }

    @Override
    public String idPrefix() {
        return "NPR-";
    }

    @Override
    public Class<Preferences> recordClass() {
        return Preferences.class;
    }

    @Override
    public void validate(Preferences p, Problems problems) {
        problems.text("username", p.username(), 100, true);
        problems.text("email", p.email(), 254, false);
        if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
            problems.add("email", p.email(), "邮箱地址格式不正确，例如 name@example.com");
        }
    }

    @Override
    public Preferences initial(Preferences submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public Preferences revised(Preferences current, Preferences next, Instant now) {
        return next.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public Preferences retired(Preferences current, Instant now) {
        return current;
    }

    @Override
    public void index(Preferences p, IndexedFields doc) {
        IndexFields.filterOnly(doc, USERNAME, p.username());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public Preferences redactFor(Viewer viewer, Preferences record) {
        return record;
    }

    @Override
    public boolean readableBy(Viewer viewer, Preferences record) {
        return viewer.username() != null && viewer.username().equals(record.username());
    }

    @Override
    public boolean listedByDefault(Preferences record) {
        return true;
    }

    @Override
    public boolean audited() {
        return false;
    }

    @Override
    public String comparableText(Preferences record) {
        return null;
    }
}
