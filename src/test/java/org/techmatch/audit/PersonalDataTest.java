package org.techmatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal fields are kept out of audit entries when they are written, and out of entries written before the rule
 * when they are read: an official never reads an applicant's phone or credit code in the log.
 */
class PersonalDataTest {
    private static final Set<String> PATHS = Set.of("registration.creditCode", "registration.phone");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aChangeOfAPersonalFieldIsNotedWithoutItsValues() {
        ObjectNode before = (ObjectNode) json.readTree(
                "{\"username\":\"a\",\"registration\":{\"phone\":\"13987650123\",\"creditCode\":\"X1\",\"status\":\"待审核\"}}");
        ObjectNode after = (ObjectNode) json.readTree(
                "{\"username\":\"a\",\"registration\":{\"phone\":\"02287650123\",\"creditCode\":\"X1\",\"status\":\"已通过\"}}");
        var notes = PersonalData.strip(before, after, PATHS);
        assertThat(notes).containsExactly(new AuditEntry.FieldChange("registration.phone", "（已隐去）", "（已更改）"));
        assertThat(before.toString() + after.toString()).doesNotContain("13987650123", "02287650123", "X1")
                .contains("待审核", "已通过");
    }

    @Test
    void anEntryWrittenBeforeTheRuleIsReadWithoutThePersonalFields() {
        var logged = new AuditEntry.FieldChange("registration",
                "{\"creditCode\":\"91120116MA0045145D\",\"phone\":\"13987650123\",\"status\":\"待审核\"}",
                "{\"creditCode\":\"91120116MA0045145D\",\"phone\":\"13987650123\",\"status\":\"已通过\"}");
        var shown = PersonalData.readable(logged, PATHS, json);
        assertThat(shown.before() + shown.after()).doesNotContain("91120116MA0045145D", "13987650123");
        assertThat(shown.after()).contains("已通过");
        var shortened = new AuditEntry.FieldChange("registration", "{\"phone\":\"13987650123\"…（共 400 字）", null);
        assertThat(PersonalData.readable(shortened, PATHS, json).before()).isEqualTo("（已隐去）");
        var other = new AuditEntry.FieldChange("organisation", "甲", "乙");
        assertThat(PersonalData.readable(other, PATHS, json)).isEqualTo(other);
    }
}
