package org.techmatch.docking;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.review.ReviewDecided;
import org.techmatch.review.ReviewNote;
import org.techmatch.store.RecordStore;

/**
 * A reviewer publishes an edited demand as 征集中, the only status a review knows; a demand with a docking under way
 * (or a signed contract) takes its status from its dockings again at once instead of at their next step.
 */
@Component
class ReviewedDemands {
    private final DemandProgress progress;

    ReviewedDemands(LibraryService<Demand> demands, LibraryService<Docking> dockings, RecordStore store) {
        this.progress = new DemandProgress(demands, dockings, store);
    }

    @EventListener
    void published(ReviewDecided event) {
        ReviewNote note = event.note();
        if (note.decision() == ReviewNote.Decision.PUBLISHED && DemandKind.TYPE.equals(note.library())) {
            progress.follow(note.recordId());
        }
    }
}
