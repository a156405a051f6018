package org.techmatch.ranking;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** The ranking model versions (newest first, the active one marked) and going back to one of them: officials. */
@RestController
class ModelController {
    private final ModelRegistry registry;
    private final ViewerResolver viewers;

    ModelController(ModelRegistry registry, ViewerResolver viewers) {
        this.registry = registry;
        this.viewers = viewers;
    }

    @GetMapping("/api/admin/models")
    List<RankingModel> list(HttpServletRequest request) {
        return registry.history(viewers.resolve(request));
    }

    @PostMapping("/api/admin/models/{version}/activate")
    RankingModel activate(@PathVariable String version, HttpServletRequest request) {
        return registry.restore(version, viewers.resolve(request));
    }
}
