package org.techmatch.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.semantic.EmbeddingStatus;

/** Progress of the background embedding job: matching is lexical for records still pending. */
@RestController
class SemanticController {
    private final EmbeddingJob job;

    SemanticController(EmbeddingJob job) {
        this.job = job;
    }

    @GetMapping("/api/semantic/status")
    EmbeddingStatus status() {
        return job.status();
    }
}
