package org.techmatch.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.web.ViewerResolver;

/**
 * GET /api/audit (officials; which entries and what of them the service decides for the viewer): {@code recordId}, {@code user}, {@code from}/{@code to} (a day YYYY-MM-DD in
 * Tianjin, {@code to} inclusive, or an ISO instant), {@code page} from 1, {@code size} 1–200.
 */
@RestController
class AuditController {
    private final AuditLog log;
    private final ViewerResolver viewers;

    AuditController(AuditLog log, ViewerResolver viewers) {
        this.log = log;
        this.viewers = viewers;
    }

    @GetMapping("/api/audit")
    AuditLog.Page find(@RequestParam(required = false) String recordId, @RequestParam(required = false) String user,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                       HttpServletRequest request) {
        Problems problems = new Problems();
        Instant start = instant("from", from, false, problems);
        Instant end = instant("to", to, true, problems);
        int pageNo = number("page", page, 1, Integer.MAX_VALUE, 1, problems);
        int pageSize = number("size", size, 1, 200, 50, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add("to", to, "结束时间应晚于开始时间");
        }
        if ((long) (pageNo - 1) * pageSize + pageSize > AuditLog.MAX_WINDOW) {
            problems.add("page", page, "最多翻到第 " + AuditLog.MAX_WINDOW + " 条，请用时间范围缩小查询");
        }
        problems.throwIfAny();
        return log.find(new AuditLog.Filter(blankToNull(recordId), blankToNull(user), start, end), pageNo, pageSize,
                viewers.resolve(request));
    }

    private static Instant instant(String name, String value, boolean endOfDay, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(TianjinTime.ZONE).toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(name, value, "应为日期 YYYY-MM-DD 或时间 2026-11-22T08:00:00Z");
            return null;
        }
    }

    private static int number(String name, String value, int min, int max, int fallback, Problems problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name, value, "应为 " + min + " 到 " + (max == Integer.MAX_VALUE ? "更大" : max) + " 之间的整数");
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
