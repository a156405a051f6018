package org.techmatch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void trimsEveryKindOfSpaceAtBothEndsAndKeepsTheInside() {
        assertEquals("石墨烯 导热膜", Texts.clean("\u3000 \u00a0石墨烯 导热膜\u00a0 \u3000\n"));
    }

    @Test
    void aValueOfOnlySpacesIsNoValue() {
        assertNull(Texts.clean(" \u00a0\u3000\t"));
        assertNull(Texts.clean(""));
        assertNull(Texts.clean(null));
    }
}
