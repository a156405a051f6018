package org.techmatch.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordAccess;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.ReviewStage;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;

/**
 * Editorial review of self-registered organisations' demands and achievements: the queue of records waiting for a
 * reviewer (a manager, or an official of the record's district), and the decision, stored with its reason. Who may
 * decide is {@link RecordAccess#checkReview}; the record's library writes it (audited).
 */
@Service
public class ReviewService {
    private final LibraryService<Demand> demands;
    private final LibraryService<Achievement> achievements;
    private final LibraryService<ReviewNote> notes;
    private final ApplicationEventPublisher events;

    ReviewService(LibraryService<Demand> demands, LibraryService<Achievement> achievements,
                  LibraryService<ReviewNote> notes, ApplicationEventPublisher events) {
        this.demands = demands;
        this.achievements = achievements;
        this.notes = notes;
        this.events = events;
    }

    /** One record waiting for review, with the last decision on it (a resubmission after a return). */
    public record QueueItem(String library, String id, long version, String title, String organisation,
                            String district, String status, Instant submittedAt, ReviewNote lastDecision) {
    }

    /** The records waiting for this reviewer, oldest first. */
    List<QueueItem> queue(Viewer viewer) {
        List<QueueItem> items = new ArrayList<>();
        collect(demands, "demands", viewer, items);
        collect(achievements, "achievements", viewer, items);
        items.sort(Comparator.comparing(QueueItem::submittedAt));
        return items;
    }

    private <T extends CatalogRecord> void collect(LibraryService<T> library, String path, Viewer viewer,
                                                   List<QueueItem> items) {
        for (T record : library.atReviewStage(ReviewStage.PENDING)) {
            if (RecordAccess.mayReview(viewer, library.kind(), record) && library.mayRead(viewer, record)) {
                items.add(new QueueItem(path, record.id(), record.version(), record.title(),
                        library.kind().ownerOf(record), library.kind().districtOf(record), "待审核",
                        record.updatedAt(), lastDecision(record.id(), viewer).orElse(null)));
            }
        }
    }

    /** Publishes or returns one record; a return needs the reason its owner will read. */
    ReviewNote decide(String libraryPath, String id, long version, boolean publish, String reason, Viewer viewer) {
        if (!publish && (reason == null || reason.isBlank())) {
            throw ValidationException.of("reason", reason, "必填：退回原因（发布者会看到，请写明需要修改的内容）");
        }
        return switch (libraryPath) {
            case "demands" -> decide(demands, id, version, publish, reason, viewer);
            case "achievements" -> decide(achievements, id, version, publish, reason, viewer);
            default -> throw new RecordNotFoundException("审核对象", libraryPath + "（应为 demands 或 achievements）");
        };
    }

    private <T extends CatalogRecord> ReviewNote decide(LibraryService<T> library, String id, long version,
                                                        boolean publish, String reason, Viewer viewer) {
        ReviewNote[] stored = new ReviewNote[1];
        library.review(id, version, publish, viewer, next -> {
            ReviewNote note = notes.identify(new ReviewNote(null, 0, library.kind().type(), next.id(), next.title(),
                    library.kind().ownerOf(next), library.kind().districtOf(next),
                    publish ? ReviewNote.Decision.PUBLISHED : ReviewNote.Decision.RETURNED,
                    publish ? null : reason, viewer.username(), null, null));
            List<org.techmatch.catalog.FieldProblem> problems = notes.problems(note);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            stored[0] = note;
            return List.of(notes.toIndexed(note));
        });
        events.publishEvent(new ReviewDecided(stored[0]));
        return stored[0];
    }

    /** The last decision on a record, if this viewer may read it (its owner and its reviewers). */
    public Optional<ReviewNote> lastDecision(String recordId, Viewer viewer) {
        return notes.findBy(ReviewNoteKind.RECORD_ID, recordId).stream()
                .filter(note -> notes.mayRead(viewer, note))
                .max(Comparator.comparing(ReviewNote::createdAt).thenComparing(ReviewNote::id));
    }
}
