package org.techmatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Starts the real service on a random port over a fresh temporary index without fixtures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {
    @LocalServerPort
    protected int port;
    protected ApiClient api;

    @DynamicPropertySource
    static void temporaryIndex(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("techmatch-test-");
            registry.add("techmatch.index.path", dir::toString);
            registry.add("techmatch.fixtures.load-on-empty", () -> "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    protected void client() {
        api = new ApiClient(port);
    }
}
