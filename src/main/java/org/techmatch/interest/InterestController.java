package org.techmatch.interest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** 我有意向: express, list sent/received, read, answer (accept or decline with a reason), withdraw. */
@RestController
@RequestMapping("/api/interests")
class InterestController {
    private final InterestService service;
    private final ViewerResolver viewers;

    InterestController(InterestService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    @PostMapping
    ResponseEntity<Interest> express(@RequestBody InterestRequests.Express body, HttpServletRequest request) {
        Interest created = service.express(body, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id())).body(created);
    }

    /** box: sent or received; absent = every interest the caller may read. */
    @GetMapping
    List<Interest> list(@RequestParam(required = false) String box, HttpServletRequest request) {
        return service.list(box, viewers.resolve(request));
    }

    @GetMapping("/{id}")
    Interest get(@PathVariable String id, HttpServletRequest request) {
        return service.get(id, viewers.resolve(request));
    }

    @PostMapping("/{id}/answer")
    Interest answer(@PathVariable String id, @RequestBody InterestRequests.Answer body, HttpServletRequest request) {
        return service.answer(id, body, viewers.resolve(request));
    }

    @PostMapping("/{id}/withdraw")
    Interest withdraw(@PathVariable String id, HttpServletRequest request) {
        return service.withdraw(id, viewers.resolve(request));
    }
}
