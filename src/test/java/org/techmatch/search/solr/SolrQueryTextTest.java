package org.techmatch.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.techmatch.search.TextQueries;
import org.techmatch.text.TextAnalysis;

class SolrQueryTextTest {

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    @Test
    void exactTextAndSystemFieldsGetTheirSolrNames() {
        assertThat(SolrQueryText.of(term("status", "已发布"))).isEqualTo("status_s:已发布");
        assertThat(SolrQueryText.of(term("title.w", "机器人"))).isEqualTo("title.w_t:机器人");
        assertThat(SolrQueryText.of(term("body.bg", "机器"))).isEqualTo("body.bg_t:机器");
        assertThat(SolrQueryText.of(term("_type", "achievement"))).isEqualTo("rtype:achievement");
        assertThat(SolrQueryText.of(term("_id", "ACH-000001"))).isEqualTo("id:ACH\\-000001");
    }

    @Test
    void queryCharactersInValuesAreEscaped() {
        assertThat(SolrQueryText.of(term("_ownerKey", "天津 大学(北洋):a+b\"c"))).isEqualTo(
                "_ownerKey_s:天津\\ 大学\\(北洋\\)\\:a\\+b\\\"c");
        assertThat(SolrQueryText.of(term("status", "OR"))).isEqualTo("status_s:OR");
    }

    @Test
    void termSetIsOneConstantScoreDisjunction() {
        Query set = new TermInSetQuery("status", List.of(new BytesRef("已发布"), new BytesRef("对接中")));
        assertThat(SolrQueryText.of(set)).isEqualTo("(status_s:对接中 OR status_s:已发布)^=1");
        assertThat(SolrQueryText.of(new TermInSetQuery("status", List.<BytesRef>of())))
                .isEqualTo(SolrQueryText.NOTHING);
    }

    @Test
    void booleanOccursBecomeSolrOperatorsAndFilterClausesDoNotScore() {
        Query query = new BooleanQuery.Builder()
                .add(term("_type", "demand"), Occur.FILTER)
                .add(term("title.w", "电池"), Occur.MUST)
                .add(term("body.w", "电池"), Occur.SHOULD)
                .add(term("status", "已关闭"), Occur.MUST_NOT)
                .build();
        assertThat(SolrQueryText.of(query)).isEqualTo(
                "(+filter(rtype:demand) +(title.w_t:电池) (body.w_t:电池) -(status_s:已关闭))");
    }

    @Test
    void minimumShouldMatchUsesTheBoolParserWithEachClauseQuoted() {
        Query query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(term("title.w", "锂电池"), Occur.SHOULD)
                .add(term("title.w", "it's"), Occur.SHOULD)
                .add(term("_id", "A-1"), Occur.FILTER)
                .build();
        // a quote in a clause is escaped for the local param, a backslash doubled; the _query_ phrase doubles again
        String local = "{!bool mm=2 should='title.w_t:锂电池' should='title.w_t:it\\'s' filter='id:A\\\\-1'}";
        assertThat(SolrQueryText.of(query)).isEqualTo(
                "_query_:\"" + local.replace("\\", "\\\\") + "\"");
    }

    @Test
    void pureNegativeAndEmptyBooleansMatchNothingAsInLucene() {
        Query negative = new BooleanQuery.Builder().add(term("status", "草稿"), Occur.MUST_NOT).build();
        assertThat(SolrQueryText.of(negative)).isEqualTo("(*:* -*:*)");
        assertThat(SolrQueryText.of(new BooleanQuery.Builder().build())).isEqualTo("(*:* -*:*)");
        assertThat(SolrQueryText.of(new MatchNoDocsQuery("none"))).isEqualTo("(*:* -*:*)");
        assertThat(SolrQueryText.of(new MatchAllDocsQuery())).isEqualTo("*:*");
    }

    @Test
    void boostsAndConstantScores() {
        assertThat(SolrQueryText.of(new BoostQuery(term("title.w", "芯片"), 3f))).isEqualTo("(title.w_t:芯片)^3");
        assertThat(SolrQueryText.of(new BoostQuery(term("title.w", "芯片"), 1.5f))).isEqualTo("(title.w_t:芯片)^1.5");
        assertThat(SolrQueryText.of(new BoostQuery(term("title.w", "芯片"), 0.00001f)))
                .isEqualTo("(title.w_t:芯片)^0.00001");
        assertThat(SolrQueryText.of(new ConstantScoreQuery(term("_dupBand", "k1"))))
                .isEqualTo("(_dupBand_s:k1)^=1");
    }

    @Test
    void numericRangesKeepTheirTypeAndOpenEnds() {
        assertThat(SolrQueryText.of(LongField.newRangeQuery("createdAt", 100, 200)))
                .isEqualTo("createdAt_l:[100 TO 200]");
        assertThat(SolrQueryText.of(LongField.newRangeQuery("validUntilDay", Long.MIN_VALUE, 20_000)))
                .isEqualTo("validUntilDay_l:[* TO 20000]");
        assertThat(SolrQueryText.of(LongField.newRangeQuery("createdAt", -5, Long.MAX_VALUE)))
                .isEqualTo("createdAt_l:[-5 TO *]");
        assertThat(SolrQueryText.of(LongPoint.newExactQuery("updatedAt", 42))).isEqualTo("updatedAt_l:[42 TO 42]");
        assertThat(SolrQueryText.of(LongField.newExactQuery("updatedAt", 42))).isEqualTo("updatedAt_l:[42 TO 42]");
        assertThat(SolrQueryText.of(DoubleField.newRangeQuery("moneyMaxWan", 50.5, Double.POSITIVE_INFINITY)))
                .isEqualTo("moneyMaxWan_d:[50.5 TO *]");
        assertThat(SolrQueryText.of(DoubleField.newRangeQuery("moneyMinWan", Double.NEGATIVE_INFINITY, 1e8)))
                .isEqualTo("moneyMinWan_d:[* TO 100000000]");
    }

    @Test
    void termRangesExistenceSynonymsAndPhrases() {
        assertThat(SolrQueryText.of(new TermRangeQuery("_id", new BytesRef("A"), null, false, true)))
                .isEqualTo("id:{A TO *]");
        assertThat(SolrQueryText.of(new FieldExistsQuery("vector"))).isEqualTo("present:vector");
        Query synonyms = new SynonymQuery.Builder("title.w").addTerm(new Term("title.w", "锂电池"))
                .addTerm(new Term("title.w", "锂离子电池")).build();
        assertThat(SolrQueryText.of(synonyms)).isEqualTo("title.w_t:锂电池\u2063锂离子电池");
        assertThat(SolrQueryText.of(new PhraseQuery("body.w", "太阳能", "电池")))
                .isEqualTo("body.w_t:\"太阳能 电池\"");
        assertThat(SolrQueryText.of(new PhraseQuery(2, "body.w", "a\"b", "c"))).isEqualTo("body.w_t:\"a\\\"b c\"~2");
    }

    @Test
    void unknownQueriesAreRefusedNotGuessed() {
        assertThatThrownBy(() -> SolrQueryText.of(new PrefixQuery(new Term("title.w", "机"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PrefixQuery");
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("body.w", "a"), 0).add(new Term("body.w", "b"), 2)
                .build();
        assertThatThrownBy(() -> SolrQueryText.of(gap)).hasMessageContaining("gaps");
    }

    @Test
    void everyQueryTheTextBuilderMakesTranslates() {
        TextQueries text = new TextQueries(TextAnalysis.load());
        for (String q : List.of("锂电池 回收", "机器人", "光伏组件清洗机器人 AI", "5G 基站", "\"OR\" (a)")) {
            String solr = SolrQueryText.of(text.forText(q));
            assertThat(solr).as(q).contains("title.w_t:", "body.w_t:", "title.bg_t:", "body.bg_t:", "^3");
        }
        // a word with a one-word synonym: both terms are searched
        assertThat(SolrQueryText.of(text.forText("锂电池"))).contains("锂离子电池");
    }
}
