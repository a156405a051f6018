package org.techmatch.duplicates;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** What a manager decided about a suspected duplicate pair. */
public enum DuplicateStatus implements Labelled {
    PENDING("待处理"),
    MERGED("已合并", "合并"),
    KEPT("保留两者", "保留");

    private final String label;
    private final List<String> aliases;

    DuplicateStatus(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static DuplicateStatus of(String value) {
        return Vocabularies.parse(DuplicateStatus.class, "重复处理状态", value);
    }
}
