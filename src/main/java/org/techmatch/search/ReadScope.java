package org.techmatch.search;

/**
 * Which unpublished records (outside a library's default statuses) a search may return to its viewer: all of
 * them, none, or those of one organisation and/or one district. Decided by the library's access rules; the
 * searcher only applies it, so totals, facets and pages never count a record the viewer may not read.
 *
 * @param organisation the viewer's organisation (its folded key is compared), or null
 * @param district     the district whose unpublished records the viewer reads, or null
 */
public record ReadScope(boolean everything, String organisation, String district) {
    public static final ReadScope ALL = new ReadScope(true, null, null);
    public static final ReadScope PUBLISHED = new ReadScope(false, null, null);
}
