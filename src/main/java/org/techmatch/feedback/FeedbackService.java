package org.techmatch.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.vocabulary.UnknownValueException;

/**
 * Marks on matches (相关 / 不相关 with a coded reason): the one door for writing and reading them. A technology
 * manager, an official, or the organisation that owns the query record marks; one current mark per account, query
 * and candidate (a new mark replaces the account's previous one, a withdrawal keeps the record as withdrawn). The
 * marks of a match list are shown to signed-in viewers who may read its query record; to anyone else the query
 * record is not there (404), or the list simply carries no marks (anonymous visitors).
 */
@Service
public class FeedbackService {
    static final Set<Role> BROKERS = Set.of(Role.MANAGER, Role.OFFICIAL);

    private final LibraryService<MatchFeedback> marks;
    private final LibraryService<Demand> demands;
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Expert> experts;
    /**
     * Held while a mark is looked up and written, so two marks of one account on one pair never make two records
     * (marks are rare; one lock is simpler than a lock per key nested in the store's record locks).
     */
    private final Object writing = new Object();

    FeedbackService(LibraryService<MatchFeedback> marks, LibraryService<Demand> demands,
                    LibraryService<Achievement> achievements, LibraryService<Expert> experts) {
        this.marks = marks;
        this.demands = demands;
        this.achievements = achievements;
        this.experts = experts;
    }

    /** A pair as a refit reads it: the demand, the achievement and the verdict of one account. */
    public record LabelledPair(String demandId, String achievementId, boolean relevant) {
    }

    /** Marks or re-marks a match in this viewer's name; returns the mark as the match shows it. */
    public FeedbackMark mark(MatchList list, String queryId, String candidateId, FeedbackRequest request,
                             Viewer viewer) {
        CatalogRecord query = query(list, queryId, viewer);
        mayMark(list, query, viewer);
        candidate(list, candidateId, viewer);
        Problems problems = new Problems();
        Verdict verdict = parse(problems, "verdict", request == null ? null : request.verdict(), Verdict::of);
        FeedbackReason reason = parse(problems, "reason", request == null ? null : request.reason(),
                FeedbackReason::of);
        String note = request == null || request.note() == null || request.note().isBlank() ? null
                : request.note().strip();
        if (reason == FeedbackReason.OTHER && note == null) {
            problems.add("note", null, "原因为「其他」时须填写说明");
        }
        problems.throwIfAny();
        String key = MatchFeedback.key(viewer.username(), list, queryId, candidateId);
        MatchFeedback saved;
        synchronized (writing) {
            MatchFeedback previous = current(key);
            saved = previous == null
                    ? marks.create(new MatchFeedback(null, 0, list, queryId, candidateId, verdict, reason, note,
                    viewer.username(), viewer.role(), viewer.organisation(), false, null, null))
                    : marks.update(previous.id(), previous.version(),
                    previous.remarked(verdict, reason, note, viewer.role(), viewer.organisation()));
        }
        return FeedbackMark.of(saved, true);
    }

    /** Withdraws this viewer's mark on a match; 404 when it has none. */
    public void withdraw(MatchList list, String queryId, String candidateId, Viewer viewer) {
        query(list, queryId, viewer);
        ForbiddenException.unlessRole(viewer, "撤销匹配标记", Set.of(Role.ENTERPRISE, Role.UNIVERSITY, Role.MANAGER,
                Role.OFFICIAL));
        String key = MatchFeedback.key(viewer.username(), list, queryId, candidateId);
        synchronized (writing) {
            MatchFeedback previous = current(key);
            if (previous == null || previous.withdrawn()) {
                throw new RecordNotFoundException("匹配标记", queryId + " → " + candidateId);
            }
            marks.retire(previous.id(), previous.version());
        }
    }

    /**
     * The current marks of a match list by candidate, newest first, for a viewer who may read the query record
     * (404 otherwise); none for anonymous visitors.
     */
    public Map<String, List<FeedbackMark>> marksOf(MatchList list, String queryId, Viewer viewer) {
        query(list, queryId, viewer);
        Map<String, List<FeedbackMark>> byCandidate = new LinkedHashMap<>();
        if (!viewer.signedIn()) {
            return byCandidate;
        }
        marks.findBy(FeedbackKind.QUERY_FIELD, list.code() + "|" + queryId).stream()
                .filter(m -> !m.withdrawn())
                .sorted(java.util.Comparator.comparing(MatchFeedback::updatedAt).reversed())
                .forEach(m -> byCandidate.computeIfAbsent(m.candidateId(), c -> new ArrayList<>())
                        .add(FeedbackMark.of(m, viewer.username() != null && viewer.username().equals(m.username()))));
        return byCandidate;
    }

    /** Current marks counted by verdict and by reason (the statistics); managers and officials only. */
    public FeedbackCounts counts(Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看匹配标记统计", BROKERS);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        Map<FeedbackReason, Integer> byReason = new EnumMap<>(FeedbackReason.class);
        Map<MatchList, Integer> byList = new EnumMap<>(MatchList.class);
        int[] total = {0};
        marks.forEach(m -> {
            if (m.withdrawn()) {
                return;
            }
            total[0]++;
            byVerdict.merge(m.verdict(), 1, Integer::sum);
            byList.merge(m.list(), 1, Integer::sum);
            if (m.verdict() == Verdict.IRRELEVANT && m.reason() != null) {
                byReason.merge(m.reason(), 1, Integer::sum);
            }
        });
        return FeedbackCounts.of(total[0], byVerdict, byReason, byList);
    }

    /**
     * Every current mark on a demand–achievement pair (from either side) as a label, for the refit: system work,
     * no viewer. Marks on experts are not labels of the achievement ranking and are left out.
     */
    public List<LabelledPair> labelledPairs() {
        List<LabelledPair> pairs = new ArrayList<>();
        marks.forEach(m -> {
            if (m.withdrawn() || m.list() == MatchList.EXPERTS_FOR_DEMAND) {
                return;
            }
            boolean relevant = m.verdict() == Verdict.RELEVANT;
            pairs.add(m.list() == MatchList.ACHIEVEMENTS_FOR_DEMAND
                    ? new LabelledPair(m.queryId(), m.candidateId(), relevant)
                    : new LabelledPair(m.candidateId(), m.queryId(), relevant));
        });
        return pairs;
    }

    private MatchFeedback current(String key) {
        return marks.findBy(FeedbackKind.KEY_FIELD, key).stream().findFirst().orElse(null);
    }

    /** The query record, if this viewer may read it (404 otherwise, as for the match list itself). */
    private CatalogRecord query(MatchList list, String queryId, Viewer viewer) {
        return list.queryIsDemand() ? demands.readable(queryId, viewer) : achievements.readable(queryId, viewer);
    }

    private void candidate(MatchList list, String candidateId, Viewer viewer) {
        switch (list) {
            case ACHIEVEMENTS_FOR_DEMAND -> achievements.readable(candidateId, viewer);
            case EXPERTS_FOR_DEMAND -> experts.readable(candidateId, viewer);
            case DEMANDS_FOR_ACHIEVEMENT -> demands.readable(candidateId, viewer);
        }
    }

    /** Managers and officials mark any match they can read; otherwise only the organisation owning the query. */
    private void mayMark(MatchList list, CatalogRecord query, Viewer viewer) {
        if (BROKERS.contains(viewer.role())) {
            return;
        }
        String owner = list.queryIsDemand() ? demands.kind().ownerOf((Demand) query)
                : achievements.kind().ownerOf((Achievement) query);
        if (!viewer.signedIn() || viewer.username() == null || owner == null || !viewer.belongsTo(owner)) {
            throw new ForbiddenException("只有技术经理人、区科技局管理员或" + (list.queryIsDemand() ? "发布该需求的企业"
                    : "该成果的所属单位") + "可以标记匹配结果");
        }
    }

    private static <T> T parse(Problems problems, String field, String raw, java.util.function.Function<String, T> of) {
        if (raw == null || raw.isBlank()) {
            if (field.equals("verdict")) {
                problems.add(field, null, "必填（相关 或 不相关）");
            }
            return null;
        }
        try {
            return of.apply(raw);
        } catch (UnknownValueException e) {
            problems.add(field, raw, e.getMessage());
            return null;
        }
    }
}
