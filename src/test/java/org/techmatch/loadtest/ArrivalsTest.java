package org.techmatch.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalsTest {
    private static final long MS = 1_000_000L;

    @Test
    void dueTimesFollowTheRateUntilTheEnd() throws InterruptedException {
        long start = System.nanoTime();
        Arrivals arrivals = new Arrivals(start, start + 300 * MS, 100);
        List<Long> due = new ArrayList<>();
        for (Arrivals.Next next = arrivals.next(); !(next instanceof Arrivals.Next.Done); next = arrivals.next()) {
            due.add(((Arrivals.Next.Send) next).dueNanos() - start);
            assertThat(System.nanoTime()).as("a request is not sent before it is due")
                    .isGreaterThanOrEqualTo(start + due.getLast());
        }
        assertThat(due).hasSize(30);
        for (int i = 0; i < due.size(); i++) {
            assertThat(due.get(i)).isEqualTo(i * 10 * MS);
        }
    }

    @Test
    void aTimeAlreadyPastIsSentAtOnceAndKeepsItsDueTime() throws InterruptedException {
        long now = System.nanoTime();
        Arrivals arrivals = new Arrivals(now - 5_000 * MS, now + 1_000 * MS, 1);

        Arrivals.Next next = arrivals.next();

        assertThat(System.nanoTime() - now).as("no wait for a time past").isLessThan(1_000 * MS);
        assertThat(next).isEqualTo(new Arrivals.Next.Send(now - 5_000 * MS)); // latency counts from then
    }

    @Test
    void aTimeFurtherBehindThanTheLimitIsNotSent() throws InterruptedException {
        long now = System.nanoTime();
        long start = now - Arrivals.GIVE_UP.toNanos() - 1_000 * MS;
        Arrivals arrivals = new Arrivals(start, now + 1_000 * MS, 1);

        assertThat(arrivals.next()).isEqualTo(new Arrivals.Next.Late(start));
        assertThat(arrivals.next()).isInstanceOf(Arrivals.Next.Late.class);
    }

    @Test
    void aRateOfNothingIsRefused() {
        assertThatThrownBy(() -> new Arrivals(0, 1, 0)).hasMessageContaining("--rate");
    }
}
