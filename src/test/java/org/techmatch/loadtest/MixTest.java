package org.techmatch.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The load test's write mixes: an updates-only soak stops creating once each client holds its own records. */
class MixTest {
    @Test
    void anUpdatesMixCreatesOnlyUntilTheClientHoldsItsOwnRecords() {
        assertThat(Mix.UPDATES.resolve(Operation.CREATE, 0)).isEqualTo(Operation.CREATE);
        assertThat(Mix.UPDATES.resolve(Operation.CREATE, Mix.OWN_RECORDS - 1)).isEqualTo(Operation.CREATE);
        assertThat(Mix.UPDATES.resolve(Operation.CREATE, Mix.OWN_RECORDS)).isEqualTo(Operation.UPDATE);
        assertThat(Mix.UPDATES.resolve(Operation.SEARCH, Mix.OWN_RECORDS)).isEqualTo(Operation.SEARCH);
        assertThat(Mix.UPDATES.resolve(Operation.MATCH, 5)).isEqualTo(Operation.MATCH);
    }

    @Test
    void theCreatesMixAlwaysCreates() {
        assertThat(Mix.CREATES.resolve(Operation.CREATE, 1_000)).isEqualTo(Operation.CREATE);
    }

    @Test
    void theOptionNamesAMixOrIsRefused() {
        assertThat(Mix.of("Updates")).isEqualTo(Mix.UPDATES);
        assertThat(Mix.of("creates")).isEqualTo(Mix.CREATES);
        assertThatThrownBy(() -> Mix.of("deletes")).hasMessageContaining("--mix")
                .hasMessageContaining("deletes");
    }
}
