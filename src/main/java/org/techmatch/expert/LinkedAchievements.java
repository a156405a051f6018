package org.techmatch.expert;

import java.util.List;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.ReferenceRule;

/**
 * An expert's achievementIds must name achievements in the achievement library, so the links a broker
 * follows never lead nowhere. Withdrawn achievements still count: they remain the team's track record.
 */
public final class LinkedAchievements implements ReferenceRule<Expert> {
    private final LibraryService<Achievement> achievements;

    public LinkedAchievements(LibraryService<Achievement> achievements) {
        this.achievements = achievements;
    }

    @Override
    public void check(Expert submitted, Problems problems) {
        List<String> ids = submitted.achievementIds();
        if (ids.size() > ExpertKind.MAX_LINKED_ACHIEVEMENTS) {
            return; // already refused for its length; do not look up an unbounded list
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            // a malformed id already has its problem from ExpertKind; one message per id is enough
            if (ExpertKind.isAchievementId(id) && !achievements.exists(id)) {
                problems.add("achievementIds[" + i + "]", id, "科技成果库中没有编号为 " + id + " 的成果");
            }
        }
    }
}
