package org.techmatch.search;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.techmatch.catalog.MoneyRange;
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
    static final String FACET_PREFIX = "facet.";

    private IndexFields() {
    }

    /** An exact-match filter value that is also counted as a facet. */
    public static void keyword(Document doc, String name, String value) {
        if (value == null) {
            return;
        }
        doc.add(new StringField(name, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(FACET_PREFIX + name, new BytesRef(value)));
    }

    /** An exact-match filter value that is not a facet (e.g. an industry code of either level). */
    public static void filterOnly(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StringField(name, value, Field.Store.NO));
        }
    }

    /** Filterable by section ("C") or division ("C27") code; counted by section name. */
    public static void industry(Document doc, Industry industry) {
        if (industry != null) {
            filterOnly(doc, "industry", industry.sectionCode());
            filterOnly(doc, "industry", industry.code());
            keyword(doc, "industrySection", industry.sectionName());
        }
    }

    public static void text(Document doc, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new TextField(name + WORDS, value, Field.Store.NO));
        doc.add(new TextField(name + BIGRAMS, value, Field.Store.NO));
    }

    /**
     * Gives a document every text field it lacks, empty. An empty field holds no term (so no statistic or match
     * changes) but records a length; when every document of a segment has a length, BM25 reads it by position
     * instead of searching a sparse list, which was a tenth of a match's time at a million records (audit entries,
     * accounts and blank bodies lack text and made every segment sparse).
     */
    public static void completeText(Document doc) {
        for (String name : new String[] {TITLE + WORDS, TITLE + BIGRAMS, BODY + WORDS, BODY + BIGRAMS}) {
            if (doc.getField(name) == null) {
                doc.add(new TextField(name, "", Field.Store.NO));
            }
        }
    }

    /** Epoch milliseconds, for date-range filters and sorting. */
    public static void instant(Document doc, String name, Instant value) {
        if (value != null) {
            doc.add(new LongField(name, value.toEpochMilli(), Field.Store.NO));
        }
    }

    /** A price or budget range; 面议 indexes nothing, so it drops out of any amount filter. */
    public static void money(Document doc, MoneyRange money) {
        if (money != null && !money.isNegotiable()) {
            doc.add(new DoubleField(MONEY_MIN, money.minWan(), Field.Store.NO));
            doc.add(new DoubleField(MONEY_MAX, money.maxWan(), Field.Store.NO));
        }
    }
}
