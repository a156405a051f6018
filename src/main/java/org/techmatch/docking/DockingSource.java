package org.techmatch.docking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/**
 * Where a docking came from: a match the engine proposed, a contact a manager brokered by hand, or an expression of
 * interest (我有意向) the other side accepted.
 */
public enum DockingSource implements Labelled {
    MATCH("匹配推荐", "匹配"),
    MANUAL("人工撮合", "人工", "手工"),
    INTEREST("意向对接", "意向");

    private final String label;
    private final List<String> aliases;

    DockingSource(String label, String... aliases) {
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
    public static DockingSource of(String value) {
        return Vocabularies.parse(DockingSource.class, "对接来源", value);
    }
}
