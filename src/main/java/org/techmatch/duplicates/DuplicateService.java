package org.techmatch.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordAccess;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQuery;

/**
 * Records suspected duplicates and carries out a manager's or an official's decision on them.
 *
 * <p>Who sees a pair: a viewer who may read both of its records ({@link RecordAccess#mayRead}); an official of one
 * district, moreover, only pairs with at least one record in that district. A pair with a record the viewer may
 * not read is not listed at all (rather than shown in part), and reads as not found. Managers and city-level
 * officials read every record, so they see every pair.
 *
 * <p>A merge withdraws the record not kept only if the viewer may withdraw it as DELETE would ({@link
 * LibraryService#retire(String, Long, Viewer)}: its owner organisation, or an official of its district);
 * otherwise 403 without naming its owner, and nothing changes.
 */
@Service
public class DuplicateService {
    /** Pairs are not scoped by the pairs library's own statuses but by the records they name (above). */
    private static final Viewer EVERY_PAIR = new Viewer(Role.MANAGER, null);

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

    /** The pairs of a search this viewer may see; total, pages and facets count only those. */
    public SearchPage<DuplicatePair> list(SearchQuery query, Viewer viewer) {
        if (RecordAccess.seesEveryUnpublished(viewer)) {
            return pairs.search(query, EVERY_PAIR, Map.of());
        }
        List<DuplicatePair> visible = new ArrayList<>();
        pairs.forEachHit(query, EVERY_PAIR, pair -> {
            if (visible(pair, viewer)) {
                visible.add(pair);
            }
        });
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (DuplicatePair pair : visible) {
            counts.computeIfAbsent("status", k -> new LinkedHashMap<>()).merge(pair.status().label(), 1L, Long::sum);
            counts.computeIfAbsent("library", k -> new LinkedHashMap<>()).merge(pair.library(), 1L, Long::sum);
        }
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        counts.forEach((field, values) -> facets.put(field, values.entrySet().stream()
                .map(e -> new SearchPage.FacetCount(e.getKey(), e.getValue())).toList()));
        List<SearchPage.Hit<DuplicatePair>> page = visible.stream().skip(query.offset()).limit(query.size())
                .map(pair -> new SearchPage.Hit<>(pair, null, Map.<String, String>of())).toList();
        return new SearchPage<>(visible.size(), query.page(), query.size(), page, facets);
    }

    /** One pair, if this viewer may see it (otherwise 404). */
    public DuplicatePair get(String id, Viewer viewer) {
        DuplicatePair pair = pairs.get(id);
        if (!visible(pair, viewer)) {
            throw new RecordNotFoundException(pairs.kind().displayName(), id);
        }
        return pair;
    }

    /** Keeps one record of the pair and withdraws the other (soft delete: it stays for statistics). */
    public DuplicatePair merge(String id, String keepId, Viewer viewer) {
        DuplicatePair pair = pending(id, viewer);
        if (!pair.recordId().equals(keepId) && !pair.otherId().equals(keepId)) {
            throw ValidationException.of("keep", keepId, "应为这一对中的一个编号：" + pair.recordId() + " 或 "
                    + pair.otherId());
        }
        String retired = pair.recordId().equals(keepId) ? pair.otherId() : pair.recordId();
        library(pair.library()).retire(retired, null, viewer);
        return pairs.update(id, pair.version(), pair.with(pair.id(), pair.version(), DuplicateStatus.MERGED, keepId,
                pair.createdAt(), pair.updatedAt()));
    }

    /** Both records stay: they are different things that only look alike. */
    public DuplicatePair keepBoth(String id, Viewer viewer) {
        DuplicatePair pair = pending(id, viewer);
        return pairs.update(id, pair.version(), pair.with(pair.id(), pair.version(), DuplicateStatus.KEPT, null,
                pair.createdAt(), pair.updatedAt()));
    }

    private DuplicatePair pending(String id, Viewer viewer) {
        DuplicatePair pair = get(id, viewer);
        if (pair.status() != DuplicateStatus.PENDING) {
            throw ValidationException.of("status", pair.status().label(), "该疑似重复已处理（" + pair.status().label()
                    + "），不能再次处理");
        }
        return pair;
    }

    private boolean visible(DuplicatePair pair, Viewer viewer) {
        return RecordAccess.seesEveryUnpublished(viewer) || visible(library(pair.library()), pair, viewer);
    }

    private static <T extends CatalogRecord> boolean visible(LibraryService<T> library, DuplicatePair pair,
                                                             Viewer viewer) {
        Optional<T> record = library.lookup(pair.recordId());
        Optional<T> other = library.lookup(pair.otherId());
        if (record.isEmpty() || other.isEmpty() || !library.mayRead(viewer, record.get())
                || !library.mayRead(viewer, other.get())) {
            return false;
        }
        if (viewer.role() == Role.OFFICIAL && viewer.district() != null) {
            return viewer.answersFor(library.kind().districtOf(record.get()))
                    || viewer.answersFor(library.kind().districtOf(other.get()));
        }
        return true;
    }

    private LibraryService<?> library(String type) {
        return libraries.all().stream().filter(l -> l.kind().type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no library for " + type));
    }
}
