package org.techmatch.search;

import java.time.Instant;
import java.time.LocalDate;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.store.IndexedFields;
import org.techmatch.vocabulary.Industry;

/**
 * The field types the libraries index, in one place so search and mapping agree on names.
 * Text goes into two fields, words (smartcn + dictionary + synonyms) and CJK bigrams, so recall does
 * not depend on one segmentation; the analyzer is chosen by the suffix (see {@link IndexAnalyzer}).
 */
public final class IndexFields {
    public static final String WORDS = ".w";
    public static final String BIGRAMS = ".bg";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String CREATED = "createdAt";
    /** The owner organisation's folded name (see Texts.organisationKey) and the record's district: read access. */
    public static final String OWNER_KEY = "_ownerKey";
    public static final String DISTRICT = "_district";
    public static final String UPDATED = "updatedAt";
    public static final String MONEY_MIN = "moneyMinWan";
    public static final String MONEY_MAX = "moneyMaxWan";
    public static final String FACET_PREFIX = "facet.";

    private IndexFields() {
    }

    /** An exact-match filter value that is also counted as a facet. */
    public static void keyword(IndexedFields doc, String name, String value) {
        if (value == null) {
            return;
        }
        doc.exact(name, value);
        doc.facet(FACET_PREFIX + name, value);
    }

    /** An exact-match filter value that is not a facet (e.g. an industry code of either level). */
    public static void filterOnly(IndexedFields doc, String name, String value) {
        if (value != null) {
            doc.exact(name, value);
        }
    }

    /** Filterable by section ("C") or division ("C27") code; counted by section name. */
    public static void industry(IndexedFields doc, Industry industry) {
        if (industry != null) {
            filterOnly(doc, "industry", industry.sectionCode());
            filterOnly(doc, "industry", industry.code());
            keyword(doc, "industrySection", industry.sectionName());
        }
    }

    public static void text(IndexedFields doc, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.text(name + WORDS, value);
        doc.text(name + BIGRAMS, value);
    }

    /**
     * Gives a document every text field it lacks, empty. An empty field holds no term (so no statistic or match
     * changes) but records a length; when every document of a segment has a length, BM25 reads it by position
     * instead of searching a sparse list, which was a tenth of a match's time at a million records (audit entries,
     * accounts and blank bodies lack text and made every segment sparse).
     */
    public static void completeText(IndexedFields doc) {
        for (String name : new String[] {TITLE + WORDS, TITLE + BIGRAMS, BODY + WORDS, BODY + BIGRAMS}) {
            if (!doc.has(name)) {
                doc.text(name, "");
            }
        }
    }

    /** Epoch milliseconds, for date-range filters and sorting. */
    public static void instant(IndexedFields doc, String name, Instant value) {
        if (value != null) {
            doc.number(name, value.toEpochMilli());
        }
    }

    /** A day (epoch days), for date-range filters such as a demand's validity. */
    public static void day(IndexedFields doc, String name, LocalDate value) {
        if (value != null) {
            doc.number(name, value.toEpochDay());
        }
    }

    /** A price or budget range; 面议 indexes nothing, so it drops out of any amount filter. */
    public static void money(IndexedFields doc, MoneyRange money) {
        if (money != null && !money.isNegotiable()) {
            doc.number(MONEY_MIN, money.minWan());
            doc.number(MONEY_MAX, money.maxWan());
        }
    }
}
