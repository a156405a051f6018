package org.techmatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techmatch.semantic.EmbeddingJob;
import org.techmatch.web.ApiClient;

/**
 * What every browser test class sets up: the real service on a random port over a temporary index with the
 * fixtures, every vector computed once before the first test (the background job is off, so none is computed
 * under a test), one headless chromium for all its tests, closed after the last.
 *
 * <p>State is per test class: one test instance serves all its tests ({@link TestInstance.Lifecycle#PER_CLASS}),
 * so the browser and the vectors belong to that class; and the class's context (with its index) is closed after
 * it, so the next class starts on a fresh index although the configuration it inherits is the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BrowserTestBase {
    @LocalServerPort
    protected int port;
    @Autowired
    private ObjectProvider<EmbeddingJob> embedding;
    protected Browser browser;
    protected ApiClient api;
    protected BrowserIdentity identity;

    @DynamicPropertySource
    static void fixturesInATemporaryIndex(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("techmatch-ui-");
            registry.add("techmatch.index.path", dir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("techmatch.fixtures.load-on-empty", () -> "true");
        registry.add("techmatch.semantic.background-job", () -> "false");
    }

    /** Whether the class's tests need the vectors (semantic matching); false where it turns them off. */
    protected boolean withVectors() {
        return true;
    }

    @BeforeAll
    void vectorsAndBrowser() {
        if (withVectors()) {
            embedding.getObject().runUntilDone();
        }
        browser = new Browser(port);
    }

    @BeforeEach
    void clientAndIdentity() {
        api = new ApiClient(port);
        identity = new BrowserIdentity(browser);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
