package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Vocabularies;

/** Where a 揭榜挂帅 challenge is in its lifecycle; {@link ChallengeTransition} lists the moves between them. */
public enum ChallengeStatus implements Labelled {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    OPEN("揭榜中"),
    REVIEWING("评审中"),
    AWARDED("已立项"),
    EXECUTING("里程碑执行"),
    ACCEPTED("已验收"),
    FAILED("未通过"),
    TERMINATED("已终止");

    private final String label;
    private final List<String> aliases;

    ChallengeStatus(String label, String... aliases) {
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
    public static ChallengeStatus of(String value) {
        return Vocabularies.parse(ChallengeStatus.class, "榜单状态", value);
    }
}
