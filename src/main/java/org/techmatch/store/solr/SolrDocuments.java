package org.techmatch.store.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StoredRecord;

/**
 * How the solrcloud backend maps a record onto a Solr document and back. Text is analysed here, by the same
 * analyser the embedded index uses, and sent as the tokens it chose: Solr (whose Lucene is another major version)
 * never runs an analyser of its own, so both backends index the same terms.
 */
final class SolrDocuments {
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d{1,18})$");

    private final Analyzer analyzer;

    SolrDocuments(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    SolrInputDocument of(IndexedRecord record) {
        StoredRecord stored = record.stored();
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrSchema.ID, stored.id());
        doc.setField(SolrSchema.TYPE, stored.type());
        doc.setField(SolrSchema.VERSION_OF_RECORD, stored.version());
        doc.setField(SolrSchema.SOURCE, stored.source());
        Matcher numbered = NUMBERED.matcher(stored.id());
        if (numbered.matches()) {
            doc.setField(SolrSchema.ID_PREFIX, numbered.group(1));
            doc.setField(SolrSchema.ID_NUMBER, Long.parseLong(numbered.group(2)));
        }
        Set<String> present = new LinkedHashSet<>();
        for (IndexedFields.Field field : record.fields().fields()) {
            String name = SolrSchema.field(field.use(), field.name());
            Object value = switch (field.use()) {
                case TEXT -> tokens(field.name(), (String) field.value());
                case VECTOR -> vector((float[]) field.value());
                default -> field.value();
            };
            doc.addField(name, value);
            present.add(field.name());
        }
        present.forEach(name -> doc.addField(SolrSchema.PRESENT, name));
        return doc;
    }

    /** The record's stored form; Solr hands a binary field back as bytes or a buffer depending on the path. */
    static StoredRecord read(SolrDocument doc) {
        Object source = doc.getFirstValue(SolrSchema.SOURCE);
        byte[] bytes;
        if (source instanceof byte[] b) {
            bytes = b;
        } else if (source instanceof ByteBuffer buffer) {
            bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
        } else {
            throw new IllegalStateException("record " + doc.getFirstValue(SolrSchema.ID) + " has no source");
        }
        return new StoredRecord((String) doc.getFirstValue(SolrSchema.ID), (String) doc.getFirstValue(SolrSchema.TYPE),
                ((Number) doc.getFirstValue(SolrSchema.VERSION_OF_RECORD)).longValue(), bytes);
    }

    /**
     * The terms our analyser makes of text for this field, separated by spaces (the field splits them again), those
     * at one position joined by {@link SolrSchema#STACKED}.
     */
    private String tokens(String field, String text) {
        StringBuilder out = new StringBuilder();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!out.isEmpty()) {
                    // a token at the position of the one before (a synonym) is stacked on it again by the schema
                    out.append(increment.getPositionIncrement() == 0 ? SolrSchema.STACKED : ' ');
                }
                out.append(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Float> vector(float[] values) {
        List<Float> list = new ArrayList<>(values.length);
        for (float v : values) {
            list.add(v);
        }
        return list;
    }
}
