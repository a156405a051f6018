package org.techmatch.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** How the embedded store maps a record (its stored form and {@link IndexedFields}) onto a Lucene document. */
public final class LuceneDocuments {
    private LuceneDocuments() {
    }

    /** The system fields every document carries: id, type, version and the JSON source. */
    private static Document newDocument(StoredRecord record) {
        Document doc = new Document();
        doc.add(new StringField(FieldNames.ID, record.id(), Field.Store.YES));
        // Sorted doc values on the id break score ties reproducibly.
        doc.add(new SortedDocValuesField(FieldNames.ID, new BytesRef(record.id())));
        doc.add(new StringField(FieldNames.TYPE, record.type(), Field.Store.YES));
        doc.add(new StoredField(FieldNames.VERSION, record.version()));
        doc.add(new NumericDocValuesField(FieldNames.VERSION, record.version()));
        doc.add(new StoredField(FieldNames.SOURCE, record.source()));
        return doc;
    }

    /**
     * The Lucene document of a record: the system fields, then its indexed fields in order. Why each use becomes
     * the field type it does: exact values are single untokenised terms (filters, keys); facets are sorted-set doc
     * values (counted without reading the records); text is analysed by the field's suffix (see IndexAnalyzer);
     * numbers are points with doc values (range filters and sorting); bytes are binary doc values (read per
     * candidate while ranking); vectors go into the HNSW graph, compared by dot product as they are unit vectors.
     */
    public static Document of(IndexedRecord record) {
        Document doc = newDocument(record.stored());
        for (IndexedFields.Field field : record.fields().fields()) {
            switch (field.use()) {
                case EXACT -> doc.add(new StringField(field.name(), (String) field.value(), Field.Store.NO));
                case EXACT_STORED -> doc.add(new StringField(field.name(), (String) field.value(), Field.Store.YES));
                case FACET -> doc.add(new SortedSetDocValuesField(field.name(), new BytesRef((String) field.value())));
                case TEXT -> doc.add(new TextField(field.name(), (String) field.value(), Field.Store.NO));
                case LONG -> doc.add(new LongField(field.name(), (Long) field.value(), Field.Store.NO));
                case DOUBLE -> doc.add(new DoubleField(field.name(), (Double) field.value(), Field.Store.NO));
                case BYTES -> doc.add(new BinaryDocValuesField(field.name(), new BytesRef((byte[]) field.value())));
                case VECTOR -> doc.add(new KnnFloatVectorField(field.name(), (float[]) field.value(),
                        VectorSimilarityFunction.DOT_PRODUCT));
            }
        }
        return doc;
    }

    static List<Document> of(List<IndexedRecord> records) {
        List<Document> docs = new ArrayList<>(records.size());
        for (IndexedRecord record : records) {
            docs.add(of(record));
        }
        return docs;
    }
}
