package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** Who may see a demand's enterprise name and contact. */
public enum Visibility implements Labelled {
    PUBLIC("公开"),
    MANAGERS_ONLY("仅技术经理人可见", "保密");

    private final String label;
    private final List<String> aliases;

    Visibility(String label, String... aliases) {
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
    public static Visibility of(String value) {
        return Vocabularies.parse(Visibility.class, "可见范围", value);
    }
}
