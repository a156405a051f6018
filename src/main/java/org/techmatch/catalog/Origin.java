package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a record came from when it was not typed in here: the source system (a platform export, a
 * university's spreadsheet), the record's id there, and the raw values we could not map onto our fields,
 * kept so nothing an import read is silently lost.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Origin(String source, String externalId, Map<String, String> unmapped) {
    public Origin {
        source = Texts.clean(source);
        externalId = Texts.clean(externalId);
        unmapped = unmapped == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(unmapped));
    }
}
