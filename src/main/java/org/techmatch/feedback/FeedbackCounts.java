package org.techmatch.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

/** Current (not withdrawn) marks: in all, by verdict, by reason of the 不相关 ones, and by match list. */
public record FeedbackCounts(int total, Map<String, Integer> byVerdict, Map<String, Integer> byReason,
                             Map<String, Integer> byList) {

    static FeedbackCounts of(int total, Map<Verdict, Integer> verdicts, Map<FeedbackReason, Integer> reasons,
                             Map<MatchList, Integer> lists) {
        Map<String, Integer> byVerdict = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v.label(), verdicts.getOrDefault(v, 0));
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (FeedbackReason r : FeedbackReason.values()) {
            byReason.put(r.label(), reasons.getOrDefault(r, 0));
        }
        Map<String, Integer> byList = new LinkedHashMap<>();
        for (MatchList l : MatchList.values()) {
            byList.put(l.code(), lists.getOrDefault(l, 0));
        }
        return new FeedbackCounts(total, byVerdict, byReason, byList);
    }
}
