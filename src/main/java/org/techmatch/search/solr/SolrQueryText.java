package org.techmatch.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.techmatch.search.IndexFields;
import org.techmatch.store.FieldNames;
import org.techmatch.store.IndexedFields.Use;
import org.techmatch.store.solr.SolrSchema;

/**
 * Turns the Lucene queries our code builds (search filters and text, read scopes, matching's candidate filters,
 * duplicate bands) into Solr's standard query syntax over the collection's field names, so one query builder
 * serves both backends. Scores follow Lucene's: a FILTER clause is Solr's non-scoring {@code filter(…)}, a
 * constant-score query {@code ^=}, and a Boolean query with a minimum of optional clauses Solr's {@code bool}
 * parser with {@code mm}, which the standard syntax cannot say.
 *
 * <p>A {@link SynonymQuery} (a query word with one-word synonyms) is its terms joined as the index joins tokens at
 * one position ({@link SolrSchema#STACKED}): the field stacks them again and Solr builds the same SynonymQuery. An
 * unknown query class is refused rather than guessed.
 */
public final class SolrQueryText {
    /** Solr's query for no document: every document that is not a document. */
    static final String NOTHING = "(*:* -*:*)";

    private SolrQueryText() {
    }

    /** @throws IllegalArgumentException for a query class there is no translation of */
    public static String of(Query query) {
        return switch (query) {
            case MatchAllDocsQuery all -> "*:*";
            case MatchNoDocsQuery none -> NOTHING;
            case TermQuery term -> term(term.getTerm());
            case TermInSetQuery set -> termSet(set);
            case SynonymQuery synonyms -> synonyms(synonyms);
            case PhraseQuery phrase -> phrase(phrase);
            case BoostQuery boost -> "(" + of(boost.getQuery()) + ")^" + number(boost.getBoost());
            case ConstantScoreQuery constant -> "(" + of(constant.getQuery()) + ")^=1";
            case BooleanQuery bool -> bool(bool);
            case IndexSortSortedNumericDocValuesRangeQuery sorted -> of(sorted.getFallbackQuery());
            case IndexOrDocValuesQuery either -> of(either.getIndexQuery());
            case PointRangeQuery range -> pointRange(range);
            case TermRangeQuery range -> termRange(range);
            case FieldExistsQuery exists -> SolrSchema.PRESENT + ":" + ClientUtils.escapeQueryChars(exists.getField());
            default -> throw new IllegalArgumentException("no Solr translation of " + query.getClass().getName()
                    + ": " + query);
        };
    }

    /** The Solr field holding one of our indexed fields of this use (system fields have names of their own). */
    public static String field(String name, Use use) {
        return switch (name) {
            case FieldNames.ID -> SolrSchema.ID;
            case FieldNames.TYPE -> SolrSchema.TYPE;
            case FieldNames.VERSION -> SolrSchema.VERSION_OF_RECORD;
            default -> SolrSchema.field(use, name);
        };
    }

    /** The Solr field of a term: analysed text by its suffix (see {@link IndexFields#text}), else an exact value. */
    static String termField(String name) {
        boolean text = name.endsWith(IndexFields.WORDS) || name.endsWith(IndexFields.BIGRAMS);
        return field(name, text ? Use.TEXT : Use.EXACT);
    }

    private static String term(Term term) {
        return termField(term.field()) + ":" + ClientUtils.escapeQueryChars(term.text());
    }

    /** The terms joined as the index joins tokens at one position: the field stacks them, Solr makes a SynonymQuery. */
    private static String synonyms(SynonymQuery synonyms) {
        List<Term> terms = synonyms.getTerms();
        if (terms.isEmpty()) {
            return NOTHING;
        }
        StringBuilder joined = new StringBuilder();
        for (Term term : terms) {
            if (!joined.isEmpty()) {
                joined.append(SolrSchema.STACKED);
            }
            joined.append(ClientUtils.escapeQueryChars(term.text()));
        }
        return termField(synonyms.getField()) + ":" + joined;
    }

    private static String termSet(TermInSetQuery set) {
        List<String> terms = new ArrayList<>();
        try {
            BytesRefIterator values = set.getBytesRefIterator();
            for (BytesRef value = values.next(); value != null; value = values.next()) {
                terms.add(term(new Term(set.getField(), value.utf8ToString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Lucene scores a term set as one constant, whatever the number of terms held
        return terms.isEmpty() ? NOTHING : disjunction(terms) + "^=1";
    }

    private static String disjunction(List<String> clauses) {
        return clauses.isEmpty() ? NOTHING : "(" + String.join(" OR ", clauses) + ")";
    }

    private static String phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) {
            return NOTHING;
        }
        int[] positions = phrase.getPositions();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                throw new IllegalArgumentException("no Solr translation of a phrase with gaps: " + phrase);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(term.text().replace("\\", "\\\\").replace("\"", "\\\""));
        }
        String slop = phrase.getSlop() == 0 ? "" : "~" + phrase.getSlop();
        return termField(phrase.getField()) + ":\"" + text + "\"" + slop;
    }

    private static String bool(BooleanQuery bool) {
        List<BooleanClause> clauses = bool.clauses();
        boolean positive = clauses.stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
        if (!positive) {
            return NOTHING; // Lucene matches nothing with no positive clause; Solr would add *:* at the top
        }
        if (bool.getMinimumNumberShouldMatch() > 0) {
            return minShouldMatch(bool);
        }
        StringBuilder out = new StringBuilder("(");
        for (BooleanClause clause : clauses) {
            if (out.length() > 1) {
                out.append(' ');
            }
            String inner = of(clause.query());
            out.append(switch (clause.occur()) {
                case MUST -> "+(" + inner + ")";
                case FILTER -> "+filter(" + inner + ")";
                case SHOULD -> "(" + inner + ")";
                case MUST_NOT -> "-(" + inner + ")";
            });
        }
        return out.append(')').toString();
    }

    /** Solr's bool parser, nested in the standard syntax through the _query_ field; each clause quoted in it. */
    private static String minShouldMatch(BooleanQuery bool) {
        StringBuilder local = new StringBuilder("{!bool mm=").append(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            String name = switch (clause.occur()) {
                case MUST -> "must";
                case FILTER -> "filter";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
            };
            local.append(' ').append(name).append("='").append(quoted(of(clause.query()), '\'')).append('\'');
        }
        local.append('}');
        return "_query_:\"" + quoted(local.toString(), '"') + "\"";
    }

    private static String quoted(String text, char quote) {
        return text.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
    }

    private static String pointRange(PointRangeQuery range) {
        if (range.getNumDims() != 1) {
            throw new IllegalArgumentException("no Solr translation of a multi-dimensional range: " + range);
        }
        Class<?> kind = range.getClass().getEnclosingClass();
        String lower;
        String upper;
        Use use;
        if (kind == LongPoint.class) {
            long from = LongPoint.decodeDimension(range.getLowerPoint(), 0);
            long to = LongPoint.decodeDimension(range.getUpperPoint(), 0);
            lower = from == Long.MIN_VALUE ? "*" : Long.toString(from);
            upper = to == Long.MAX_VALUE ? "*" : Long.toString(to);
            use = Use.LONG;
        } else if (kind == DoublePoint.class) {
            double from = DoublePoint.decodeDimension(range.getLowerPoint(), 0);
            double to = DoublePoint.decodeDimension(range.getUpperPoint(), 0);
            lower = from == Double.NEGATIVE_INFINITY ? "*" : BigDecimal.valueOf(from).toPlainString();
            upper = to == Double.POSITIVE_INFINITY ? "*" : BigDecimal.valueOf(to).toPlainString();
            use = Use.DOUBLE;
        } else {
            throw new IllegalArgumentException("no Solr translation of a point range of " + kind + ": " + range);
        }
        return field(range.getField(), use) + ":[" + lower + " TO " + upper + "]";
    }

    private static String termRange(TermRangeQuery range) {
        String lower = range.getLowerTerm() == null ? "*"
                : ClientUtils.escapeQueryChars(range.getLowerTerm().utf8ToString());
        String upper = range.getUpperTerm() == null ? "*"
                : ClientUtils.escapeQueryChars(range.getUpperTerm().utf8ToString());
        return termField(range.getField()) + ":" + (range.includesLower() ? "[" : "{") + lower + " TO " + upper
                + (range.includesUpper() ? "]" : "}");
    }

    /** A boost as Solr's parser reads it: digits and a point, never an exponent. */
    private static String number(float value) {
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
