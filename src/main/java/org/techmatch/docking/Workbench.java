package org.techmatch.docking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;

/**
 * The technology manager's workbench: the open dockings of the caller's organisation (an official, those of its
 * district; a city-level official, all),
 * those stalled for more than N days, and the next actions — planned ones first by due date, then the
 * standard next step of each stage for dockings that have none planned.
 */
@Component
class Workbench {
    private final LibraryService<Docking> dockings;
    private final DockingProperties properties;
    private final Clock clock;

    Workbench(LibraryService<Docking> dockings, DockingProperties properties, Clock clock) {
        this.dockings = dockings;
        this.properties = properties;
        this.clock = clock;
    }

    record View(String scope, int stalledAfterDays, LocalDate today, List<Item> open, List<Item> stalled,
                List<Item> nextActions) {
    }

    /**
     * One open docking on the workbench.
     *
     * @param idleDays  days since its latest step
     * @param suggested the next action is the stage's standard next step, not one the manager planned
     */
    record Item(String id, String title, DockingStage stage, String manager, LocalDate lastStep, long idleDays,
                String nextAction, LocalDate nextActionDue, boolean overdue, boolean suggested) {
    }

    View forViewer(Viewer viewer, Integer stalledAfterDays, String managerName) {
        ForbiddenException.unlessRole(viewer, "查看对接工作台", DockingService.BROKERS);
        int stalledDays = stalledAfterDays == null ? properties.stalledAfterDays() : stalledAfterDays;
        if (stalledDays < 1 || stalledDays > 3650) {
            throw ValidationException.of("stalledDays", stalledAfterDays, "应在 1 到 3650 天之间");
        }
        if (viewer.role() == Role.MANAGER && viewer.organisation() == null) {
            throw ValidationException.of("X-TechMatch-Org", null, "技术经理人须提供所在机构，以列出本机构的对接");
        }
        // the dockings this viewer manages: a manager its organisation's, an official its district's (see DockingAccess)
        List<Docking> scope = dockings.all().stream().filter(d -> DockingAccess.mayChange(viewer, d)).toList();
        LocalDate today = TianjinTime.today(clock);
        List<Item> open = scope.stream().filter(d -> !d.stage().isFinal())
                .filter(d -> managerName == null || managerName.isBlank() || managerName.strip().equals(d.manager().name()))
                .map(d -> item(d, today))
                .sorted(Comparator.comparingLong(Item::idleDays).reversed().thenComparing(Item::id)).toList();
        List<Item> stalled = open.stream().filter(i -> i.idleDays() > stalledDays).toList();
        List<Item> next = open.stream().sorted(Comparator.comparing(Item::suggested)
                .thenComparing(Item::nextActionDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingLong(Item::idleDays).reversed()).thenComparing(Item::id)).toList();
        String scopeName = viewer.role() == Role.MANAGER ? viewer.organisation()
                : viewer.district() != null ? viewer.district() : "全部机构";
        return new View(scopeName, stalledDays, today, open, stalled, next);
    }

    private static Item item(Docking d, LocalDate today) {
        LocalDate last = d.lastStepDate();
        long idle = last == null ? 0 : ChronoUnit.DAYS.between(last, today);
        NextAction planned = d.nextAction();
        boolean suggested = planned == null;
        String what = suggested ? standardNextStep(d.stage()) : planned.what();
        LocalDate due = suggested ? null : planned.dueDate();
        return new Item(d.id(), d.title(), d.stage(), d.manager().name(), last, idle, what, due,
                due != null && due.isBefore(today), suggested);
    }

    /** What usually comes next in each stage, for dockings whose manager has planned nothing. */
    static String standardNextStep(DockingStage stage) {
        return switch (stage) {
            case INTRODUCTION -> "安排供需双方见面洽谈，确认需求细节与技术可行性";
            case MEETING -> "推动进入商务谈判：明确合作方式、价格与知识产权归属";
            case NEGOTIATION -> "起草并推动签订技术合同，提醒办理技术合同认定登记";
            case SIGNED, ABANDONED -> null;
        };
    }
}
