package org.techmatch.challenge;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchPage;
import org.techmatch.web.ViewerResolver;

/** The challenge list: search, draft, edit a draft, read, the transition log and the named transitions. */
@RestController
@RequestMapping("/api/challenges")
class ChallengeController {
    private final ChallengeService service;
    private final MilestoneService milestones;
    private final ViewerResolver viewers;

    ChallengeController(ChallengeService service, MilestoneService milestones, ViewerResolver viewers) {
        this.service = service;
        this.milestones = milestones;
        this.viewers = viewers;
    }

    /** Where a challenge stands for this viewer: its log and the moves the viewer could make now. */
    record TransitionsView(String id, ChallengeStatus status, long version, List<TransitionRecord> log,
                           List<Move> available) {
        record Move(String name, String action, ChallengeStatus to, boolean needsReason) {
        }
    }

    @GetMapping
    SearchPage<Challenge> search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return service.search(new LinkedHashMap<>(params), viewers.resolve(request));
    }

    @PostMapping
    ResponseEntity<Challenge> create(@RequestBody Challenge submitted, HttpServletRequest request) {
        Challenge created = service.createDraft(submitted, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    /** The demands to make a challenge from (DEM-…) and an optional title. */
    record FromDemands(List<String> demandIds, String title) {
    }

    @PostMapping("/from-demands")
    ResponseEntity<Challenge> fromDemands(@RequestBody FromDemands body, HttpServletRequest request) {
        Challenge created = service.draftFromDemands(body.demandIds(), body.title(), viewers.resolve(request));
        return ResponseEntity.created(URI.create("/api/challenges/" + created.id()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<Challenge> get(@PathVariable String id, HttpServletRequest request) {
        Challenge challenge = service.get(id, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(challenge.version())).body(challenge);
    }

    @PutMapping("/{id}")
    ResponseEntity<Challenge> edit(@PathVariable String id, @RequestBody Challenge submitted,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                   HttpServletRequest request) {
        long version = submitted.version() > 0 ? submitted.version() : Versions.parseIfMatch(ifMatch);
        Challenge edited = service.edit(id, version, submitted, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(edited.version())).body(edited);
    }

    @GetMapping("/{id}/transitions")
    TransitionsView transitions(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = viewers.resolve(request);
        Challenge challenge = service.get(id, viewer);
        return new TransitionsView(challenge.id(), challenge.status(), challenge.version(), challenge.transitions(),
                service.available(challenge, viewer).stream().map(t -> new TransitionsView.Move(t.pathName(),
                        t.action(), t.to(), t.needsReason())).toList());
    }

    /** publish, withdraw, open, close, award, start, accept, reject, terminate. */
    @PostMapping("/{id}/{transition:publish|withdraw|open|close|award|start|accept|reject|terminate}")
    ResponseEntity<Challenge> transition(@PathVariable String id, @PathVariable String transition,
                                         @RequestBody(required = false) TransitionRequest body,
                                         HttpServletRequest request) {
        Challenge moved = service.transition(id, ChallengeTransition.byPathName(transition), body,
                viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(moved.version())).body(moved);
    }

    @GetMapping("/milestones/overdue")
    List<MilestoneService.Overdue> overdue(HttpServletRequest request) {
        return milestones.overdue(viewers.resolve(request));
    }

    static final class Versions {
        private Versions() {
        }

        static long parseIfMatch(String ifMatch) {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw ValidationException.of("version", null, "修改时必须提供当前版本号（请求体的 version 字段或 If-Match 头）");
            }
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw ValidationException.of("If-Match", ifMatch, "应为版本号，如 \"3\"");
            }
        }
    }
}
