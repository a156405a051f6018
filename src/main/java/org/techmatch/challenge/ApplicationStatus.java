package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** An application's standing. Stored: 已提交 or 已撤回; 已中标 and 未中标 are derived from the challenge's award when read, so an award is one write. */
public enum ApplicationStatus implements Labelled {
    SUBMITTED("已提交"),
    WITHDRAWN("已撤回"),
    AWARDED("已中标"),
    NOT_AWARDED("未中标");

    private final String label;
    private final List<String> aliases;

    ApplicationStatus(String label, String... aliases) {
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
    public static ApplicationStatus of(String value) {
        return Vocabularies.parse(ApplicationStatus.class, "揭榜申请状态", value);
    }
}
