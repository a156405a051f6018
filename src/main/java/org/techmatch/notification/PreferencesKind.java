package org.techmatch.notification;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Notification settings, one record per account, read and changed by that account only. */
@Component
public final class PreferencesKind extends SystemRecordKind<Preferences> {
    public static final String TYPE = "notification_prefs";
    static final String USERNAME = "username";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PreferencesKind() {
        super(TYPE, "通知设置", "NPR-", Preferences.class, Preferences::identified);
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
    public void index(Preferences p, IndexedFields doc) {
        IndexFields.filterOnly(doc, USERNAME, p.username());
    }

    @Override
    public boolean readableBy(Viewer viewer, Preferences record) {
        return viewer.username() != null && viewer.username().equals(record.username());
    }
}
