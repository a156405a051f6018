package org.techmatch.catalog;

/**
 * A rule that needs another library to decide, e.g. that the achievements an expert links to exist.
 * Kept apart from {@link RecordKind#validate} so a kind's own rules stay pure and testable without a store.
 */
@FunctionalInterface
public interface ReferenceRule<T> {
    /** Adds a problem for every reference in submitted that does not resolve. */
    void check(T submitted, Problems problems);

    static <T> ReferenceRule<T> none() {
        return (submitted, problems) -> {
        };
    }
}
