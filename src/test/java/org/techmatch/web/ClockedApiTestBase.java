package org.techmatch.web;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The service over HTTP with a hand-moved clock: today is 2026-06-01 in Tianjin until a test moves it. */
@Import(TestClock.Config.class)
public abstract class ClockedApiTestBase extends ApiTestBase {
    @Autowired
    protected TestClock clock;

    @AfterEach
    protected void resetClock() {
        clock.reset();
    }
}
