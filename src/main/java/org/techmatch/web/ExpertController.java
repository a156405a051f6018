package org.techmatch.web;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.LibraryService;
import org.techmatch.expert.Expert;

@RestController
@RequestMapping("/api/experts")
class ExpertController extends LibraryController<Expert> {
    ExpertController(LibraryService<Expert> experts, ViewerResolver viewers) {
        super(experts, viewers, Map.of("name", Expert::name, "profile", Expert::profile));
    }
}
