package org.techmatch.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.vocabulary.DemandStatus;

/**
 * The owner's side of a demand's validity: reminders from 14 days before its 有效期 (shown in 我的 until a
 * notification service delivers them) and renewal in one step, which extends the validity and reopens an expired
 * demand as 征集中. A renewal is an edit through the library (access rules, audit trail).
 */
@Service
public class DemandRenewal {
    /** How many days before its last valid day an owner is reminded. */
    public static final int REMINDER_DAYS = 14;
    /** What one click adds: from the current validity, or from today when it has passed. */
    static final int RENEWAL_MONTHS = 6;
    private static final Set<DemandStatus> RENEWABLE = Set.of(DemandStatus.OPEN, DemandStatus.DOCKING,
            DemandStatus.EXPIRED);

    private final LibraryService<Demand> demands;
    private final Clock clock;

    DemandRenewal(LibraryService<Demand> demands, Clock clock) {
        this.demands = demands;
        this.clock = clock;
    }

    /** A demand of the viewer's organisation whose validity ends soon or has ended. */
    public record Reminder(String demandId, String title, String status, LocalDate validUntil, long daysLeft,
                           String message) {
    }

    /** The viewer's organisation's reminders, soonest first. */
    public List<Reminder> reminders(Viewer viewer) {
        LocalDate today = TianjinTime.today(clock);
        return own(viewer).stream()
                .filter(d -> d.validUntil() != null && RENEWABLE.contains(d.status()))
                .filter(d -> d.status() == DemandStatus.EXPIRED
                        || !d.validUntil().isAfter(today.plusDays(REMINDER_DAYS)))
                .sorted(Comparator.comparing(Demand::validUntil))
                .map(d -> reminder(d, today)).toList();
    }

    private static Reminder reminder(Demand d, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, d.validUntil());
        String message = d.status() == DemandStatus.EXPIRED || days < 0
                ? "已于 " + d.validUntil() + " 到期，不再参与匹配；续期后重新征集"
                : days == 0 ? "今天到期，请及时续期" : "还有 " + days + " 天到期（" + d.validUntil() + "），到期后不再参与匹配";
        return new Reminder(d.id(), d.title(), d.status().label(), d.validUntil(), days, message);
    }

    /**
     * Extends a demand's validity to until, or by six months when until is null; an expired demand is 征集中
     * again. Refused for a demand that is closed, solved or still under review.
     */
    public Demand renew(String id, LocalDate until, Viewer viewer) {
        LocalDate today = TianjinTime.today(clock);
        Demand current = demands.readable(id, viewer);
        if (!RENEWABLE.contains(current.status())) {
            throw new StateConflictException("技术需求「" + id + "」当前为「" + current.status().label()
                    + "」，只有征集中、对接中或已过期的需求可以续期");
        }
        LocalDate from = current.validUntil() == null || current.validUntil().isBefore(today)
                ? today : current.validUntil();
        LocalDate next = until == null ? from.plusMonths(RENEWAL_MONTHS) : until;
        if (!next.isAfter(from)) {
            throw ValidationException.of("validUntil", next.toString(), "续期后的有效期应晚于 " + from
                    + (from.equals(today) ? "（今天）" : "（当前有效期）"));
        }
        DemandStatus status = current.status() == DemandStatus.EXPIRED ? DemandStatus.OPEN : current.status();
        return demands.update(id, current.version(), current.renewed(next, status), viewer);
    }

    /** The demands of the viewer's organisation, as stored (every status). */
    public List<Demand> own(Viewer viewer) {
        String key = Texts.organisationKey(viewer.organisation());
        if (!viewer.signedIn() || key == null) {
            return List.of();
        }
        return demands.findBy(IndexFields.OWNER_KEY, key).stream().filter(d -> demands.mayRead(viewer, d)).toList();
    }
}
