package org.techmatch.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.techmatch.TechMatchApplication;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.notification.Channel;
import org.techmatch.notification.Notice;
import org.techmatch.notification.NotificationService;
import org.techmatch.notification.NotificationType;
import org.techmatch.ops.HealthCheck;
import org.techmatch.web.TestClock;

/**
 * The outbox against a real SMTP server (GreenMail, started, stopped and restarted here): a notification's mail
 * is delivered once; with the server down it stays 待发送 with the error and its next attempt, and goes out once
 * the server is back and the backoff has passed; across a restart of the service on the same index nothing is
 * sent twice, and a message interrupted mid-send is left 待核实 rather than sent again.
 */
class OutboxMailTest {
    private static final Viewer USER = new Viewer(Role.ENTERPRISE, "天津北辰精密传动有限公司", "qiye-li", null, List.of());
    private static final Viewer OFFICIAL = new Viewer(Role.OFFICIAL, "天津市科学技术局", "official", null, List.of());

    private final Path index = Files.createTempDirectory("techmatch-outbox-");
    private final int port = freePort();
    private GreenMail smtp;
    private ConfigurableApplicationContext service;

    OutboxMailTest() throws IOException {
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void deliveredOnceRetriedThroughAnOutageAndNeverTwiceAcrossARestart() throws Exception {
        smtpUp();
        start();
        NotificationService notifications = service.getBean(NotificationService.class);
        notifications.savePreferences(USER, "li@qiye.example.com",
                Map.of(NotificationType.INTEREST_RECEIVED, Channel.INBOX_AND_EMAIL));
        notifications.send(notice("天津大学 对「柔轮寿命提升」表达了合作意向"), List.of(USER.username()));

        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(sender().sendDue()).as("a sent message is not sent again").isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("柔轮寿命提升");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("li@qiye.example.com");
        assertThat(outbox().list(OutboxStatus.SENT, OFFICIAL)).hasSize(1);
        assertThat(health().details()).containsEntry("queued", 0).containsEntry("oldestQueuedSeconds", 0L);

        // the server goes down: the message waits with the error and its next attempt, visible to officials
        smtp.stop();
        notifications.send(notice("第二条：意向已答复"), List.of(USER.username()));
        assertThat(sender().sendDue()).isZero();
        OutboxMessage waiting = outbox().list(OutboxStatus.PENDING, OFFICIAL).getFirst();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock().instant().plus(Duration.ofMinutes(1)));
        clock().advance(Duration.ofSeconds(30));
        HealthCheck.Result outage = health();
        assertThat(outage.up()).as("an outage loses nothing: the service stays up, the figures tell").isTrue();
        assertThat(outage.details()).containsEntry("queued", 1).containsEntry("oldestQueuedSeconds", 30L)
                .containsEntry("retrying", 1L).containsEntry("uncertain", 0).containsKey("lastError");
        smtpUp();
        assertThat(sender().sendDue()).as("not before its backoff has passed").isZero();
        clock().advance(Duration.ofMinutes(2));
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("第二条"));

        // a third message is cut off mid-send (stored 发送中, the service stops before 已发送)
        notifications.send(notice("第三条：对接进展"), List.of(USER.username()));
        OutboxMessage third = outbox().list(OutboxStatus.PENDING, OFFICIAL).getFirst();
        library().update(third.id(), third.version(), third.sending());
        service.close();

        start();
        assertThat(outbox().list(OutboxStatus.UNCERTAIN, OFFICIAL)).singleElement()
                .satisfies(m -> assertThat(m.lastError()).contains("无法确认"));
        assertThat(health().details()).containsEntry("queued", 0).containsEntry("uncertain", 1);
        assertThat(sender().sendDue()).as("nothing is sent again after a restart").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox().list(OutboxStatus.SENT, OFFICIAL)).hasSize(2);

        // an official who checked it did not arrive puts it back: it goes out once
        outbox().requeue(third.id(), OFFICIAL);
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(sender().sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withoutAMailServerConfiguredNothingIsQueued() {
        service = new SpringApplicationBuilder(TechMatchApplication.class, TestClock.Config.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(common());
        NotificationService notifications = service.getBean(NotificationService.class);
        notifications.savePreferences(USER, "li@qiye.example.com", Map.of());
        assertThat(notifications.send(notice("站内信照常"), List.of(USER.username()))).hasSize(1);
        assertThat(outbox().enabled()).isFalse();
        assertThat(outbox().list(null, OFFICIAL)).isEmpty();
        assertThat(service.getBeansOfType(HealthCheck.class).values()).extracting(HealthCheck::name)
                .doesNotContain("mail-outbox").isNotEmpty();
    }

    private HealthCheck.Result health() {
        return service.getBeansOfType(HealthCheck.class).values().stream()
                .filter(check -> check.name().equals("mail-outbox")).findFirst().orElseThrow().check();
    }

    private static Notice notice(String title) {
        return new Notice(NotificationType.INTEREST_RECEIVED, title, "留言", "/interests.html", null, null);
    }

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void start() {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common()), java.util.stream.Stream.of(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--techmatch.mail.poll-interval=PT1H")).toArray(String[]::new);
        service = new SpringApplicationBuilder(TechMatchApplication.class, TestClock.Config.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args);
    }

    private String[] common() {
        return new String[] {"--techmatch.index.path=" + index, "--techmatch.fixtures.load-on-empty=false",
                "--techmatch.semantic.enabled=false", "--techmatch.expiry.enabled=false"};
    }

    private OutboxSender sender() {
        return service.getBean(OutboxSender.class);
    }

    private Outbox outbox() {
        return service.getBean(Outbox.class);
    }

    private TestClock clock() {
        return service.getBean(TestClock.class);
    }

    @SuppressWarnings("unchecked")
    private LibraryService<OutboxMessage> library() {
        return (LibraryService<OutboxMessage>) service.getBeanProvider(
                ResolvableType.forClassWithGenerics(LibraryService.class, OutboxMessage.class)).getObject();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
