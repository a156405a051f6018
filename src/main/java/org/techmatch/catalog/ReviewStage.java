package org.techmatch.catalog;

/**
 * Where a record stands in editorial review (a self-registered organisation's entries are reviewed before they
 * are published): not under review (published, or any later lifecycle status), a draft not yet submitted, waiting
 * for a reviewer, or returned to its owner with a reason.
 */
public enum ReviewStage {
    NONE,
    DRAFT,
    PENDING,
    RETURNED;

    /** Whether a record at this stage has never been published: a reviewed owner's edit sends it (back) to review. */
    public boolean unpublished() {
        return this != NONE;
    }
}
