package org.techmatch.catalog;

import org.techmatch.achievement.Achievement;

/** A valid achievement for tests in other packages. */
public final class RecordValidationTestData {
    private RecordValidationTestData() {
    }

    public static Achievement achievement(String title, String description) {
        return RecordValidationTest.achievement(title, description);
    }
}
