package org.techmatch.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.account.Account;
import org.techmatch.account.AccountService;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryNames;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.notification.Notice;
import org.techmatch.notification.NotificationService;
import org.techmatch.notification.NotificationType;
import org.techmatch.notification.Recipients;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQuery;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.vocabulary.UnknownValueException;

/**
 * Saved searches and subscriptions (订阅): any signed-in user saves a library search (query and filters: a field,
 * an industry chain, a district …); a manager may subscribe on behalf of a client enterprise. Once a day the new
 * records each finds — searched as the recipient may see them (the client's view for one made on its behalf) —
 * arrive as one digest notice, at most one a day per subscription.
 */
@Service
public class SubscriptionService {
    /** New records listed in one digest; the count says how many more there were. */
    static final int DIGEST_LINES = 20;
    static final int PER_OWNER = 50;
    private static final Set<String> NOT_FILTERS = Set.of("q", "page", "size", "sort", "createdFrom", "createdTo");

    private final LibraryService<Subscription> subscriptions;
    private final List<LibraryService<?>> libraries;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final AccountService accounts;
    private final Clock clock;

    SubscriptionService(LibraryService<Subscription> subscriptions, List<LibraryService<?>> libraries,
                        NotificationService notifications, Recipients recipients, AccountService accounts,
                        Clock clock) {
        this.subscriptions = subscriptions;
        this.libraries = libraries;
        this.notifications = notifications;
        this.recipients = recipients;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The body of POST /api/subscriptions. */
    record Request(String name, String library, String q, Map<String, List<String>> filters, String onBehalfOf) {
    }

    Subscription subscribe(Request request, Viewer viewer) {
        if (!viewer.signedIn() || viewer.username() == null) {
            throw new ForbiddenException("订阅属于登录的账号：请先登录");
        }
        if (request.onBehalfOf() != null && !request.onBehalfOf().isBlank() && viewer.role() != Role.MANAGER) {
            throw new ForbiddenException("只有技术经理人可以代客户企业订阅");
        }
        String type;
        try {
            type = LibraryNames.typeOf(request.library());
        } catch (UnknownValueException e) {
            throw ValidationException.of("library", request.library(), e.getMessage());
        }
        Map<String, List<String>> filters = request.filters() == null ? Map.of() : request.filters();
        Problems problems = new Problems();
        filters.keySet().stream().filter(NOT_FILTERS::contains)
                .forEach(k -> problems.add("filters." + k, k, "不是筛选条件（关键词请写在 q 中）"));
        problems.throwIfAny();
        parse(library(type), request.q(), filters, null);
        if (subscriptions.findBy(SubscriptionKind.OWNER, viewer.username()).stream().filter(Subscription::active)
                .count() >= PER_OWNER) {
            throw ValidationException.of("name", request.name(), "每个账号最多保存 " + PER_OWNER + " 个订阅，请先取消不用的");
        }
        String name = request.name() != null && !request.name().isBlank() ? request.name()
                : request.q() != null ? request.q() : String.join("、", filters.values().stream().flatMap(List::stream).toList());
        return subscriptions.create(new Subscription(null, 0, viewer.username(), request.onBehalfOf(), name,
                type, request.q(), filters, true, null, null, null));
    }

    List<Subscription> list(Viewer viewer) {
        if (viewer.username() == null) {
            return List.of();
        }
        return subscriptions.findBy(SubscriptionKind.OWNER, viewer.username()).stream().filter(Subscription::active)
                .sorted(Comparator.comparing(Subscription::id)).toList();
    }

    Subscription cancel(String id, Viewer viewer) {
        subscriptions.readable(id, viewer);
        return subscriptions.retire(id, null);
    }

    /**
     * Sends each active subscription its digest of records created since its last run (none: nothing is sent);
     * returns how many digests went out.
     */
    public synchronized int runDigests() {
        Instant now = clock.instant();
        int sent = 0;
        for (Subscription s : subscriptions.all()) {
            if (!s.active()) {
                continue;
            }
            Viewer reader = readerOf(s);
            if (reader == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            int found = newRecords(s, reader, lines);
            if (found > 0) {
                List<String> to = new ArrayList<>(List.of(s.owner()));
                recipients.ofOrganisation(s.onBehalfOf()).stream().filter(u -> !to.contains(u)).forEach(to::add);
                notifications.send(new Notice(NotificationType.SUBSCRIPTION_DIGEST,
                        "订阅「" + s.name() + "」有 " + found + " 条新记录", String.join("\n", lines),
                        "/?library=" + s.library() + (s.q() == null ? "" : "&q=" + java.net.URLEncoder.encode(s.q(),
                                java.nio.charset.StandardCharsets.UTF_8)), s.id(),
                        "subscription:" + s.id() + ":" + TianjinTime.date(now)), to);
                sent++;
            }
            subscriptions.update(s.id(), s.version(), s.ran(now));
        }
        return sent;
    }

    /** The records of the subscription's search created after its last run, newest first, as reader sees them. */
    private int newRecords(Subscription s, Viewer reader, List<String> lines) {
        LibraryService<?> library = library(s.library());
        SearchQuery query = parse(library, s.q(), s.filters(), TianjinTime.date(s.lastRunAt()).toString());
        SearchPage<? extends CatalogRecord> page = library.search(query, reader, Map.of());
        int found = 0;
        for (var hit : page.items()) {
            CatalogRecord r = hit.record();
            if (r.createdAt() != null && r.createdAt().isAfter(s.lastRunAt())) {
                found++;
                if (lines.size() < DIGEST_LINES) {
                    lines.add(r.id() + " " + r.title());
                }
            }
        }
        return found;
    }

    /** Who the search runs as: the client enterprise for one made on its behalf, else the owner's account. */
    private Viewer readerOf(Subscription s) {
        if (s.onBehalfOf() != null) {
            return new Viewer(Role.ENTERPRISE, s.onBehalfOf());
        }
        Account a = accounts.byUsername(s.owner()).filter(Account::enabled).orElse(null);
        return a == null ? null : new Viewer(a.role(), a.organisation(), a.username(), a.district(),
                a.assignedChallenges());
    }

    private static SearchQuery parse(LibraryService<?> library, String q, Map<String, List<String>> filters,
                                     String createdFrom) {
        Map<String, List<String>> params = new LinkedHashMap<>(filters);
        if (q != null) {
            params.put("q", List.of(q));
        }
        if (createdFrom != null) {
            params.put("createdFrom", List.of(createdFrom));
            params.put("sort", List.of("newest"));
        }
        params.put("size", List.of(String.valueOf(SearchQuery.MAX_PAGE_SIZE)));
        return SearchQueryParser.parse(params, library.kind().searchSchema());
    }

    private LibraryService<?> library(String type) {
        return libraries.stream().filter(l -> l.kind().type().equals(type)).findFirst().orElseThrow();
    }
}
