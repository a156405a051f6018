package org.techmatch.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's settings (the SMTP server itself is Spring's {@code spring.mail.*}: unset host = no e-mail).
 *
 * @param from         the sender address of every message
 * @param pollInterval how often the job looks for messages due (also in {@link OutboxSender}'s schedule)
 * @param firstRetry   the wait after a first failed attempt; it doubles with each further failure
 * @param maxRetry     the longest wait between two attempts: a message is retried until it goes out
 */
@ConfigurationProperties("techmatch.mail")
public record MailProperties(String from, Duration pollInterval, Duration firstRetry, Duration maxRetry) {
    public MailProperties {
        from = from == null || from.isBlank() ? "techmatch@localhost" : from;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    }

    /** The wait after the given number of failed attempts: firstRetry, doubled each time, at most maxRetry. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
