package org.techmatch.review;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * A reviewer's decision on a self-registered organisation's record: published, or returned with the reason its
 * owner reads. Stored in the same atomic block as the record's new status and its audit entry.
 *
 * @param library the reviewed record's library type (demand, achievement)
 */
public record ReviewNote(String id, long version, String library, String recordId, String recordTitle,
                         String organisation, String district, Decision decision, String reason, String reviewer,
                         Instant createdAt, Instant updatedAt) implements CatalogRecord {

    public ReviewNote {
        recordTitle = Texts.clean(recordTitle);
        reason = Texts.clean(reason);
    }

    public enum Decision {
        PUBLISHED("发布"),
        RETURNED("退回");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return label;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Decision of(String value) {
            for (Decision d : values()) {
                if (d.label.equals(value) || d.name().equals(value)) {
                    return d;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    @Override
    public String title() {
        return decision.label() + "「" + recordTitle + "」";
    }

    ReviewNote identified(String newId, long newVersion, Instant created, Instant updated) {
        return new ReviewNote(newId, newVersion, library, recordId, recordTitle, organisation, district, decision,
                reason, reviewer, created, updated);
    }
}
