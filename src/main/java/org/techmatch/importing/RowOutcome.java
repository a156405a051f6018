package org.techmatch.importing;

import java.util.List;
import java.util.Optional;

/**
 * What became of one source row: a mapped record ready to be stored, or a rejection with every reason.
 * Both carry the notes about values that were guessed or defaulted, so an accepted row is never a silent guess.
 *
 * @param <T> the record kind (achievement, demand …)
 */
public sealed interface RowOutcome<T> {
    int rowNumber();

    String externalId();

    List<RowProblem> notes();

    /** The mapped record, which passed the library's validation; empty for a rejected row. */
    Optional<T> record();

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    record Accepted<T>(int rowNumber, String externalId, T mapped, List<RowProblem> notes)
            implements RowOutcome<T> {
        public Accepted {
            notes = List.copyOf(notes);
        }

        @Override
        public Optional<T> record() {
            return Optional.of(mapped);
        }
    }

    /** A row that cannot be imported; problems is never empty. */
    record Rejected<T>(int rowNumber, String externalId, List<RowProblem> problems, List<RowProblem> notes)
            implements RowOutcome<T> {
        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected row needs at least one reason");
            }
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        @Override
        public Optional<T> record() {
            return Optional.empty();
        }
    }
}
