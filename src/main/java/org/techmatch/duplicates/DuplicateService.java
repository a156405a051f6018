package org.techmatch.duplicates;

import java.util.List;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.ValidationException;

/** Records suspected duplicates and carries out a manager's decision on them. */
@Service
public class DuplicateService {
    private final LibraryService<DuplicatePair> pairs;
    private final Libraries libraries;

    DuplicateService(LibraryService<DuplicatePair> duplicateLibrary, Libraries libraries) {
        this.pairs = duplicateLibrary;
        this.libraries = libraries;
    }

    public LibraryService<DuplicatePair> pairs() {
        return pairs;
    }

    /** Stores the flags raised by one import batch (one commit). */
    public List<DuplicatePair> flagAll(List<DuplicatePair> flagged) {
        return flagged.isEmpty() ? List.of() : pairs.createAll(flagged);
    }

    /** Keeps one record of the pair and retires the other (soft delete: it stays for statistics). */
    public DuplicatePair merge(String id, String keepId) {
        DuplicatePair pair = pending(id);
        if (!pair.recordId().equals(keepId) && !pair.otherId().equals(keepId)) {
            throw ValidationException.of("keep", keepId, "应为这一对中的一个编号：" + pair.recordId() + " 或 "
                    + pair.otherId());
        }
        String retired = pair.recordId().equals(keepId) ? pair.otherId() : pair.recordId();
        libraries.all().stream().filter(l -> l.kind().type().equals(pair.library())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no library for " + pair.library()))
                .retire(retired, null);
        return pairs.update(id, pair.version(), pair.with(pair.id(), pair.version(), DuplicateStatus.MERGED, keepId,
                pair.createdAt(), pair.updatedAt()));
    }

    /** Both records stay: they are different things that only look alike. */
    public DuplicatePair keepBoth(String id) {
        DuplicatePair pair = pending(id);
        return pairs.update(id, pair.version(), pair.with(pair.id(), pair.version(), DuplicateStatus.KEPT, null,
                pair.createdAt(), pair.updatedAt()));
    }

    private DuplicatePair pending(String id) {
        DuplicatePair pair = pairs.get(id);
        if (pair.status() != DuplicateStatus.PENDING) {
            throw ValidationException.of("status", pair.status().label(), "该疑似重复已处理（" + pair.status().label()
                    + "），不能再次处理");
        }
        return pair;
    }
}
