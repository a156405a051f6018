package org.techmatch.challenge;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.RecordStore;

/**
 * Read-check-write on one challenge. Everything that changes a challenge or one of its applications runs under
 * the challenge's lock, so a status check and the write that depends on it are atomic: an application cannot
 * slip in after the close, and two officials pressing "award" at once cannot both win.
 */
@Component
class Challenges {
    private final LibraryService<Challenge> library;
    private final RecordStore store;

    Challenges(LibraryService<Challenge> library, RecordStore store) {
        this.library = library;
        this.store = store;
    }

    LibraryService<Challenge> library() {
        return library;
    }

    Challenge get(String id) {
        return library.get(id);
    }

    /**
     * The challenge if this viewer may read it (a draft: managers and the officials of its district), otherwise a
     * 404 — for the challenge and for everything beneath it (applications, milestones, transitions).
     */
    Challenge readable(String id, Viewer viewer) {
        return library.readable(id, viewer);
    }

    /** Applies change to the current version; a given expectedVersion that is no longer current is a 409. */
    Challenge change(String id, Long expectedVersion, UnaryOperator<Challenge> change) {
        return locked(id, () -> {
            Challenge current = library.get(id);
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersionException(id, expectedVersion, current.version());
            }
            return library.update(id, current.version(), change.apply(current));
        });
    }

    <T> T locked(String challengeId, Supplier<T> action) {
        return store.locked(challengeId, action);
    }
}
