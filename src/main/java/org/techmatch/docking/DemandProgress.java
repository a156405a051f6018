package org.techmatch.docking;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.ValidationException;
import org.techmatch.store.StaleVersionException;
import org.techmatch.demand.Demand;
import org.techmatch.store.RecordStore;
import org.techmatch.vocabulary.DemandStatus;

/**
 * Keeps a demand's status in step with its dockings: a signed contract solves it (已解决), a docking under way
 * makes it 对接中, and when every docking was abandoned it is open again (征集中). The status is derived from
 * the dockings each time one of them is written, so a crash between the docking's write and the demand's
 * leaves a status the next docking write puts right. Demands a person closed, drafts and expired demands are
 * left alone.
 */
final class DemandProgress {
    private static final Logger log = LoggerFactory.getLogger(DemandProgress.class);

    private final LibraryService<Demand> demands;
    private final LibraryService<Docking> dockings;
    private final RecordStore store;

    DemandProgress(LibraryService<Demand> demands, LibraryService<Docking> dockings, RecordStore store) {
        this.demands = demands;
        this.dockings = dockings;
        this.store = store;
    }

    /** The status a demand's dockings give it, or null when they say nothing (no docking yet). */
    static DemandStatus statusFrom(List<Docking> dockingsOfDemand) {
        if (dockingsOfDemand.isEmpty()) {
            return null;
        }
        if (dockingsOfDemand.stream().anyMatch(d -> d.stage() == DockingStage.SIGNED)) {
            return DemandStatus.SOLVED;
        }
        if (dockingsOfDemand.stream().anyMatch(d -> !d.stage().isFinal())) {
            return DemandStatus.DOCKING;
        }
        return DemandStatus.OPEN;
    }

    /**
     * Brings the demand's status in line with its dockings. The docking is what the user asked to record, so a
     * demand that cannot be updated (it became invalid meanwhile) is logged, never a reason to refuse the docking.
     */
    void follow(String demandId) {
        DemandStatus wanted = statusFrom(dockings.findBy("demandId", demandId));
        if (wanted == null) {
            return;
        }
        store.locked(demandId, () -> {
            Demand current = demands.get(demandId);
            if (!followsDockings(current.status()) || current.status() == wanted) {
                return null;
            }
            try {
                demands.update(demandId, current.version(), current.withStatus(wanted));
            } catch (ValidationException | StaleVersionException e) {
                log.warn("demand {} stays {} instead of {}: {}", demandId, current.status().label(), wanted.label(),
                        e.getMessage());
            }
            return null;
        });
    }

    /** Statuses the dockings move; 草稿, 已关闭 and 已过期 were set by a person or the calendar and stay. */
    private static boolean followsDockings(DemandStatus status) {
        return status == DemandStatus.OPEN || status == DemandStatus.DOCKING || status == DemandStatus.SOLVED;
    }
}
