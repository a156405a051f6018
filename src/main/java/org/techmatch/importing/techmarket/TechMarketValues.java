package org.techmatch.importing.techmarket;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techmatch.catalog.MoneyRange;

/** Parsers for the market's formatted values: dates, validity windows and prices. */
final class TechMarketValues {
    /** The market is Chinese: a posting date is a day in Beijing time. */
    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern DATE_AT_START = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NEGOTIABLE = Pattern.compile("面议|面谈|议价|价格面议");
    /** 100.0万元-200.0万元, 9.0万元-9.0万元, 50万元, 30-50万 (any dash, ~ or 至 between). */
    private static final Pattern WAN_RANGE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:万元?)?\\s*(?:[-–—~～至到]\\s*(\\d+(?:\\.\\d+)?)\\s*)?(?:万元?)?");

    private TechMarketValues() {
    }

    /** The start of the posting day: "2020-03-20" → 2020-03-20T00:00+08:00. Empty if not a date. */
    static Optional<Instant> postedAt(String raw) {
        return date(raw).map(day -> day.atStartOfDay(MARKET_ZONE).toInstant());
    }

    /** A date at the start of the text, whatever follows ("2021-01-1310:49:41.0" → 2021-01-13). */
    static Optional<LocalDate> date(String raw) {
        Matcher m = DATE_AT_START.matcher(raw.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of a validity window "START至END", each "YYYY-MM-DDhh:mm:ss.0"; empty if there is no end. */
    static Optional<LocalDate> windowEnd(String raw) {
        int to = raw.indexOf('至');
        return to < 0 ? Optional.empty() : date(raw.substring(to + 1));
    }

    /** 面议 → negotiable; "100.0万元-200.0万元" → 100–200 万元; empty if the text is neither. */
    static Optional<MoneyRange> price(String raw) {
        String value = raw.strip();
        if (NEGOTIABLE.matcher(value).matches()) {
            return Optional.of(new MoneyRange(true, null, null));
        }
        Matcher m = WAN_RANGE.matcher(value);
        // Without 万 the unit is unknown (元 or 万元): better no price than one off by 10,000.
        if (!value.contains("万") || !m.matches()) {
            return Optional.empty();
        }
        double min = Double.parseDouble(m.group(1));
        double max = m.group(2) == null ? min : Double.parseDouble(m.group(2));
        return Optional.of(MoneyRange.between(min, max));
    }
}
