package org.techmatch.stats;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.vocabulary.Region;
import org.techmatch.web.ViewerResolver;

/** District statistics as JSON and as an XLSX workbook; district= narrows everything to one district. */
@RestController
@RequestMapping("/api/stats")
class StatsController {
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatsService stats;
    private final ViewerResolver viewers;

    StatsController(StatsService stats, ViewerResolver viewers) {
        this.stats = stats;
        this.viewers = viewers;
    }

    @GetMapping("/overview")
    Figures.Overview overview(@RequestParam(required = false) String district, HttpServletRequest request) {
        return stats.overview(snapshot(district, request));
    }

    /** district, techField, chain or month. */
    @GetMapping("/by/{dimension}")
    Figures.Breakdown by(@PathVariable String dimension, @RequestParam(required = false) String district,
                         HttpServletRequest request) {
        Dimension by = Dimension.of(dimension);
        return stats.breakdown(snapshot(district, request), by);
    }

    @GetMapping("/funnel")
    Figures.Funnel funnel(@RequestParam(required = false) String district, HttpServletRequest request) {
        return stats.funnel(snapshot(district, request));
    }

    @GetMapping("/challenges")
    Figures.ChallengeProgress challenges(@RequestParam(required = false) String district,
                                         HttpServletRequest request) {
        return stats.challenges(snapshot(district, request).challenges());
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String district, HttpServletRequest request) {
        DistrictData.Snapshot snapshot = snapshot(district, request);
        Figures.Overview overview = stats.overview(snapshot);
        List<Figures.Breakdown> breakdowns = Arrays.stream(Dimension.values())
                .map(d -> stats.breakdown(snapshot, d)).toList();
        String name = "techmatch-统计-" + overview.district() + "-" + overview.asOf() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"techmatch-stats.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(StatsWorkbook.write(overview, breakdowns));
    }

    private DistrictData.Snapshot snapshot(String district, HttpServletRequest request) {
        return stats.snapshot(viewers.resolve(request),
                district == null || district.isBlank() ? null : Region.of(district));
    }
}
