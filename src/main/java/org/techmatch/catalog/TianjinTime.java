package org.techmatch.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Calendar days as the district offices count them (Beijing time): due dates, deadlines, overdue and stalled
 * checks and monthly statistics all use this zone, so a milestone due "today" is not overdue at 08:00 UTC.
 */
public final class TianjinTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TianjinTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate();
    }

    public static YearMonth month(Instant instant) {
        return instant == null ? null : YearMonth.from(instant.atZone(ZONE));
    }
}
