package org.techmatch.web;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;

@RestController
@RequestMapping("/api/demands")
class DemandController extends LibraryController<Demand> {
    DemandController(LibraryService<Demand> demands, ViewerResolver viewers) {
        super(demands, viewers, Map.of("title", Demand::title, "description", Demand::description));
    }
}
