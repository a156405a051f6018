package org.techmatch.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;

/**
 * The vectors the documents of one segment hold, read in document order: a reindex or a migration copies them
 * with the record instead of leaving every record to be embedded again (minutes for thousands of records, hours
 * for a hundred thousand).
 */
final class DocumentVectors {
    private record Field(String name, FloatVectorValues values, KnnVectorValues.DocIndexIterator docs) {
    }

    private final List<Field> fields = new ArrayList<>();

    DocumentVectors(LeafReader leaf) throws IOException {
        for (FieldInfo info : leaf.getFieldInfos()) {
            if (info.getVectorDimension() > 0) {
                FloatVectorValues values = leaf.getFloatVectorValues(info.name);
                if (values != null) {
                    fields.add(new Field(info.name, values, values.iterator()));
                }
            }
        }
    }

    /** The vectors of doc by field name; docs must be asked for in increasing order. */
    Map<String, float[]> of(int doc) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (Field field : fields) {
            int at = field.docs().docID();
            if (at < doc) {
                at = field.docs().advance(doc);
            }
            if (at == doc) {
                vectors.put(field.name(), field.values().vectorValue(field.docs().index()).clone());
            }
        }
        return vectors;
    }
}
