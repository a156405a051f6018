package org.techmatch.docking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.search.SearchPage;
import org.techmatch.web.ViewerResolver;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/** Dockings: record, read, add a step, search, and the manager's workbench. */
@RestController
@RequestMapping("/api/dockings")
class DockingController {
    private final DockingService service;
    private final Workbench workbench;
    private final ViewerResolver viewers;

    DockingController(DockingService service, Workbench workbench, ViewerResolver viewers) {
        this.service = service;
        this.workbench = workbench;
        this.viewers = viewers;
    }

    @GetMapping
    SearchPage<Docking> search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return service.search(new LinkedHashMap<>(params), viewers.resolve(request));
    }

    @PostMapping
    ResponseEntity<Docking> create(@RequestBody DockingRequests.Create body, HttpServletRequest request) {
        Docking created = service.create(body, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id()))
                .eTag(String.valueOf(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<Docking> get(@PathVariable String id, HttpServletRequest request) {
        Docking docking = service.get(id, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(docking.version())).body(docking);
    }

    @PostMapping("/{id}/steps")
    ResponseEntity<Docking> step(@PathVariable String id, @RequestBody DockingRequests.Step body,
                                 HttpServletRequest request) {
        Docking stepped = service.step(id, body, viewers.resolve(request));
        return ResponseEntity.ok().eTag(String.valueOf(stepped.version())).body(stepped);
    }

    /** The dockings of one demand that the viewer may read: the match cards link to them. */
    @GetMapping("/of-demand/{demandId}")
    List<Docking> ofDemand(@PathVariable String demandId, HttpServletRequest request) {
        return service.ofDemand(demandId, viewers.resolve(request));
    }

    /** A second live docking for a pair: 409, pointing to the one that exists. */
    @ExceptionHandler(DuplicateDockingException.class)
    void duplicate(DuplicateDockingException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response, Problem.of(409, "该供需对已有进行中的对接", e.getMessage())
                .with("existingId", e.existingId()).with("existingUrl", e.existingUrl()));
    }

    /** stalledDays overrides techmatch.dockings.stalled-after-days; manager narrows to one manager by name. */
    @GetMapping("/workbench")
    Workbench.View workbench(@RequestParam(required = false) Integer stalledDays,
                             @RequestParam(required = false) String manager, HttpServletRequest request) {
        return workbench.forViewer(viewers.resolve(request), stalledDays, manager);
    }
}
