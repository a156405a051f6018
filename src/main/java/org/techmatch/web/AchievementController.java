package org.techmatch.web;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;

@RestController
@RequestMapping("/api/achievements")
class AchievementController extends LibraryController<Achievement> {
    AchievementController(LibraryService<Achievement> achievements, ViewerResolver viewers) {
        super(achievements, viewers, Map.of("title", Achievement::title, "description", Achievement::description));
    }
}
