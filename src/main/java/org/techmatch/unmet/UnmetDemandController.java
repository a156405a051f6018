package org.techmatch.unmet;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.challenge.Challenge;
import org.techmatch.challenge.ChallengeService;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.TechField;
import org.techmatch.web.ViewerResolver;

/** GET the unmet demands in groups that belong together; POST a group to get a draft challenge in one click. */
@RestController
@RequestMapping("/api/demands/unmet")
class UnmetDemandController {
    private final UnmetDemands unmet;
    private final ChallengeService challenges;
    private final ViewerResolver viewers;

    UnmetDemandController(UnmetDemands unmet, ChallengeService challenges, ViewerResolver viewers) {
        this.unmet = unmet;
        this.challenges = challenges;
        this.viewers = viewers;
    }

    /** The group to draft from (field and chain as in the list), or explicit demand ids; an optional title. */
    record DraftRequest(String techField, String chain, Integer days, List<String> demandIds, String title) {
    }

    @GetMapping
    UnmetDemands.View list(@RequestParam(required = false) Integer days,
                           @RequestParam(required = false) String techField,
                           @RequestParam(required = false) String chain, HttpServletRequest request) {
        return unmet.find(viewers.resolve(request), days, techField == null ? null : TechField.of(techField),
                chain == null ? null : IndustryChain.of(chain));
    }

    @PostMapping("/draft-challenge")
    ResponseEntity<Challenge> draft(@RequestBody DraftRequest body, HttpServletRequest request) {
        Viewer viewer = viewers.resolve(request);
        List<String> ids = body.demandIds();
        if (ids == null || ids.isEmpty()) {
            if (body.techField() == null || body.chain() == null) {
                throw ValidationException.of("techField", null, "请指定未满足需求分组（techField 与 chain），或直接给出 demandIds");
            }
            UnmetDemands.View view = unmet.find(viewer, body.days(), TechField.of(body.techField()),
                    IndustryChain.of(body.chain()));
            // the largest group of demands that belong together; the others of the field get their own draft
            ids = view.groups().stream().findFirst().map(g -> g.demands().stream().map(UnmetDemands.Item::id)
                    .toList()).orElse(List.of());
            if (ids.isEmpty()) {
                throw ValidationException.of("techField", body.techField() + " / " + body.chain(), "该分组当前没有未满足的需求");
            }
        }
        Challenge draft = challenges.draftFromDemands(ids.stream().limit(20).toList(), body.title(), viewer);
        return ResponseEntity.created(URI.create("/api/challenges/" + draft.id())).body(draft);
    }
}
