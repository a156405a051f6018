package org.techmatch.interest;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.notification.Notice;
import org.techmatch.notification.NotificationService;
import org.techmatch.notification.NotificationType;
import org.techmatch.notification.Recipients;
import org.techmatch.store.RecordStore;

/**
 * Expressions of interest (我有意向): an enterprise or university tells the owner of a record it may see that it
 * wants to work with them; the owner accepts (a docking follows, see {@link InterestDockings}) or declines with a
 * coded reason. One open interest per organisation and record. The receiver and the district's managers are told
 * when it arrives, the sender when it is answered.
 */
@Service
public class InterestService {
    private static final Set<Role> PARTIES = Set.of(Role.ENTERPRISE, Role.UNIVERSITY);

    private final LibraryService<Interest> interests;
    private final List<LibraryService<?>> targets;
    private final InterestDockings dockings;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final RecordStore store;
    private final Clock clock;

    InterestService(LibraryService<Interest> interests, List<LibraryService<?>> libraries, InterestDockings dockings,
                    NotificationService notifications, Recipients recipients, RecordStore store, Clock clock) {
        this.interests = interests;
        this.targets = libraries.stream().filter(l -> Set.of("demand", "achievement", "expert")
                .contains(l.kind().type())).toList();
        this.dockings = dockings;
        this.notifications = notifications;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    Interest express(InterestRequests.Express request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "表达合作意向", PARTIES);
        Problems problems = new Problems();
        problems.text("message", request.message(), InterestKind.MESSAGE_CHARS, true);
        problems.text("targetId", request.targetId(), 40, true);
        problems.throwIfAny();
        Target target = Target.read(request.targetId(), viewer, targets);
        if (viewer.belongsTo(target.owner())) {
            throw ValidationException.of("targetId", target.id(), "不能对本单位的记录表达合作意向");
        }
        Target offer = request.offerId() == null ? null : offer(request.offerId(), target, viewer);
        Interest created = store.locked("interest|" + InterestKind.pair(viewer.organisation(), target.id()), () -> {
            interests.findBy(InterestKind.OPEN_PAIR, InterestKind.pair(viewer.organisation(), target.id())).stream()
                    .findFirst().ifPresent(open -> {
                        throw new StateConflictException("本单位已对「" + target.title() + "」表达过合作意向（" + open.id()
                                + "，" + open.status().label() + "），请等待答复或先撤回");
                    });
            return interests.create(new Interest(null, 0, InterestStatus.OPEN, target.type(), target.id(),
                    target.title(), offer == null ? null : offer.id(), offer == null ? null : offer.title(),
                    viewer.organisation(), viewer.username(), target.owner(), target.confidential(),
                    target.district(), request.message(), null, null, null, null, null, null, null));
        });
        notifications.send(new Notice(NotificationType.INTEREST_RECEIVED,
                        created.fromOrganisation() + " 对「" + created.targetTitle() + "」表达了合作意向",
                        created.message() + (created.offerTitle() == null ? "" : "\n对方提供：" + created.offerTitle()),
                        "/interests.html?id=" + created.id(), created.id(), null),
                union(recipients.ofOrganisation(created.toOrganisation()), recipients.managersOf(created.district())));
        return interests.redactFor(viewer, created);
    }

    /** The sender's own record offered with the interest: readable, its own, of the kind that answers the target. */
    private Target offer(String offerId, Target target, Viewer viewer) {
        Target offer;
        try {
            offer = Target.read(offerId, viewer, targets);
        } catch (org.techmatch.catalog.RecordNotFoundException e) {
            throw ValidationException.of("offerId", offerId, e.getMessage());
        }
        if (!viewer.belongsTo(offer.owner())) {
            throw ValidationException.of("offerId", offerId, "只能提供本单位的科技成果或技术需求");
        }
        boolean fits = "demand".equals(target.type()) ? "achievement".equals(offer.type()) : "demand".equals(offer.type());
        if (!fits) {
            throw ValidationException.of("offerId", offerId, "demand".equals(target.type())
                    ? "对技术需求表达意向时，可提供本单位的科技成果" : "对科技成果或专家表达意向时，可提供本单位的技术需求");
        }
        return offer;
    }

    Interest answer(String id, InterestRequests.Answer request, Viewer viewer) {
        boolean accept = "接受".equals(request.decision()) || "accept".equalsIgnoreCase(String.valueOf(request.decision()));
        boolean decline = "婉拒".equals(request.decision()) || "decline".equalsIgnoreCase(String.valueOf(request.decision()));
        Problems problems = new Problems();
        if (!accept && !decline) {
            problems.add("decision", request.decision(), "应为「接受」或「婉拒」");
        }
        if (decline && request.reason() == null) {
            problems.add("reason", null, "婉拒须选择原因：暂不需要、技术不匹配、已有合作方、价格不合适或其他");
        }
        if (decline && request.reason() == DeclineReason.OTHER && request.note() == null) {
            problems.add("note", null, "原因为「其他」时须写明说明");
        }
        problems.text("note", request.note(), InterestKind.NOTE_CHARS, false);
        problems.throwIfAny();
        // the answer is stored first (so a second accept finds it answered), the docking made outside the lock
        // (its own service takes the demand's lock), then linked
        Interest stored = store.locked(id, () -> {
            Interest current = interests.readable(id, viewer);
            if (!InterestAccess.isReceiver(viewer, current)) {
                throw new ForbiddenException("只有收到意向的单位可以答复");
            }
            if (current.status() != InterestStatus.OPEN) {
                throw new StateConflictException("意向「" + id + "」" + current.status().label() + "，不能再答复");
            }
            return interests.update(id, current.version(), current.answered(
                    accept ? InterestStatus.ACCEPTED : InterestStatus.DECLINED, accept ? null : request.reason(),
                    request.note(), viewer.username(), clock.instant(), null));
        });
        String dockingId = accept ? dockings.dockingFor(stored, offerType(stored)) : null;
        Interest answered = dockingId == null ? stored : store.locked(id, () -> {
            Interest current = interests.get(id);
            return interests.update(id, current.version(), current.answered(current.status(),
                    current.declineReason(), current.declineNote(), current.answeredBy(), current.answeredAt(),
                    dockingId));
        });
        String title = accept
                ? answered.toOrganisation() + " 接受了您对「" + answered.targetTitle() + "」的合作意向"
                : "您对「" + answered.targetTitle() + "」的合作意向未被接受（" + answered.declineReason().label() + "）";
        String body = accept ? (answered.dockingId() == null ? "技术经理人将与双方联系，登记对接。"
                : "已转为对接 " + answered.dockingId() + "，技术经理人将跟进。")
                : answered.declineNote() == null ? "" : answered.declineNote();
        notifications.send(new Notice(NotificationType.INTEREST_ANSWERED, title, body,
                "/interests.html?id=" + answered.id(), answered.id(), null),
                recipients.ofOrganisation(answered.fromOrganisation()));
        if (accept && answered.dockingId() == null) {
            notifications.send(new Notice(NotificationType.INTEREST_ANSWERED,
                    "意向 " + answered.id() + " 已接受，待登记对接", answered.title(),
                    "/interests.html?id=" + answered.id(), answered.id(), null),
                    recipients.managersOf(answered.district()));
        }
        return interests.redactFor(viewer, answered);
    }

    /** The sender withdraws its open interest (it may then express a new one). */
    Interest withdraw(String id, Viewer viewer) {
        return interests.redactFor(viewer, store.locked(id, () -> {
            Interest current = interests.readable(id, viewer);
            if (!InterestAccess.isSender(viewer, current)) {
                throw new ForbiddenException("只有表达意向的单位可以撤回");
            }
            if (current.status() != InterestStatus.OPEN) {
                throw new StateConflictException("意向「" + id + "」" + current.status().label() + "，不能撤回");
            }
            return interests.update(id, current.version(), current.answered(InterestStatus.WITHDRAWN, null, null,
                    viewer.username(), clock.instant(), null));
        }));
    }

    Interest get(String id, Viewer viewer) {
        return interests.read(id, viewer);
    }

    /**
     * box 发出 (sent) or 收到 (received) for a party; a manager sees every interest, an official those of its
     * district. Newest first.
     */
    List<Interest> list(String box, Viewer viewer) {
        if (!viewer.signedIn() || viewer.role() == Role.REVIEWER) {
            throw new ForbiddenException("评审专家不参与意向对接");
        }
        String key = org.techmatch.catalog.Texts.organisationKey(viewer.organisation());
        List<Interest> found;
        if ("sent".equals(box) || "发出".equals(box)) {
            found = key == null ? List.of() : interests.findBy(InterestKind.FROM, key);
        } else if ("received".equals(box) || "收到".equals(box)) {
            found = key == null ? List.of() : interests.findBy(InterestKind.TO, key);
        } else if (box != null && !box.isBlank()) {
            throw ValidationException.of("box", box, "应为 sent（发出）或 received（收到），不填为可见的全部");
        } else if (viewer.role() == Role.OFFICIAL && viewer.district() != null) {
            found = interests.findBy(InterestKind.DISTRICT, viewer.district());
        } else if (viewer.role() == Role.MANAGER || viewer.role() == Role.OFFICIAL) {
            found = interests.all();
        } else {
            found = union(key == null ? List.of() : interests.findBy(InterestKind.FROM, key),
                    key == null ? List.of() : interests.findBy(InterestKind.TO, key));
        }
        return found.stream().filter(i -> interests.mayRead(viewer, i)).map(i -> interests.redactFor(viewer, i))
                .sorted(Comparator.comparing(Interest::id).reversed()).toList();
    }

    /**
     * Interests and their answers counted for the statistics: managers see the city's, an official its district's
     * (a city-level official every district's), as on the other statistics pages.
     */
    public InterestCounts counts(Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看合作意向统计", java.util.EnumSet.of(Role.MANAGER, Role.OFFICIAL));
        return InterestCounts.of(interests.all().stream()
                .filter(i -> viewer.role() == Role.MANAGER || viewer.answersFor(i.district())).toList());
    }

    /**
     * The demands some organisation expressed interest in or offered with an interest (withdrawn ones left out):
     * the funnel's 意向 step.
     */
    public Set<String> demandsWithInterest() {
        Set<String> ids = new java.util.HashSet<>();
        for (Interest i : interests.all()) {
            if (i.status() == InterestStatus.WITHDRAWN) {
                continue;
            }
            if ("demand".equals(i.targetType())) {
                ids.add(i.targetId());
            }
            if ("demand".equals(offerType(i))) {
                ids.add(i.offerId());
            }
        }
        return ids;
    }

    private String offerType(Interest interest) {
        if (interest.offerId() == null) {
            return null;
        }
        return targets.stream().filter(l -> interest.offerId().startsWith(l.kind().idPrefix()))
                .map(l -> l.kind().type()).findFirst().orElse(null);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        java.util.LinkedHashSet<T> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
