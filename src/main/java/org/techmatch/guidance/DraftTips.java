package org.techmatch.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Indicator;
import org.techmatch.demand.Demand;

/**
 * The field-by-field tips for a draft demand: what the matcher weighs (indicators with target values, the
 * expected maturity, the budget, the technology field) and is missing, with a value suggested from the
 * achievements that match the draft so far.
 */
final class DraftTips {
    /** A number with a unit or a comparison: 10000 小时, ≥ 98%, 0.1 mm, 500 A/cm. */
    static final Pattern TARGET = Pattern.compile(
            "([≥≤><]=?\\s*\\d)|(\\d+(\\.\\d+)?\\s*(%|％|‰|[a-zA-Zμ°℃Ω]+|小时|分钟|秒|天|年|次|倍|万|吨|米|毫米|微米|纳米|千克|克|元|度|转|台|个|级|层|道|路|位))");
    static final int SHORT_DESCRIPTION = 60;

    private DraftTips() {
    }

    static List<Guidance.Tip> of(Demand draft, List<Achievement> matching) {
        List<Guidance.Tip> tips = new ArrayList<>();
        String text = String.join("\n", Objects.requireNonNullElse(draft.title(), ""),
                Objects.requireNonNullElse(draft.description(), ""));
        boolean indicatorWithTarget = draft.indicators().stream().map(Indicator::target).filter(Objects::nonNull)
                .anyMatch(t -> TARGET.matcher(t).find());
        if (!indicatorWithTarget && !TARGET.matcher(text).find()) {
            tips.add(new Guidance.Tip("indicators", "还没有带目标值的技术指标：写出指标名称与目标值（如「检测精度：≤ 0.1 mm」"
                    + "「寿命：≥ 10000 小时」），引擎会优先找到达到该指标的成果", null));
        }
        if (draft.description() == null || draft.description().length() < SHORT_DESCRIPTION) {
            tips.add(new Guidance.Tip("description", "需求描述较短：写明应用场景、现有做法的不足和想要的技术路线，"
                    + "匹配会更准", null));
        }
        if (draft.expectedMaturity() == null) {
            tips.add(new Guidance.Tip("expectedMaturity", "未选择期望的技术成熟度：成熟度是匹配的条件之一",
                    mostCommon(matching, a -> a.maturity() == null ? null : a.maturity().label())
                            .map(m -> "匹配的成果多为「" + m + "」").orElse(null)));
        }
        if (draft.budget() == null) {
            tips.add(new Guidance.Tip("budget", "未填写预算区间（万元）：写明区间或勾选面议，报价合适的成果会排在前面",
                    priceRange(matching)));
        }
        if (draft.techField() == null) {
            tips.add(new Guidance.Tip("techField", "未选择技术领域：同领域的成果会优先匹配",
                    mostCommon(matching, a -> a.techField() == null ? null : a.techField().label())
                            .map(f -> "匹配的成果多属于「" + f + "」").orElse(null)));
        }
        return tips;
    }

    private static java.util.Optional<String> mostCommon(List<Achievement> matching, Function<Achievement, String> value) {
        Map<String, Long> counts = matching.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The asking prices of the matching achievements, as a range in 万元, when any of them names one. */
    private static String priceRange(List<Achievement> matching) {
        List<Achievement> priced = matching.stream().filter(a -> a.askingPrice() != null
                && !a.askingPrice().isNegotiable() && a.askingPrice().minWan() != null).toList();
        if (priced.isEmpty()) {
            return null;
        }
        double min = priced.stream().mapToDouble(a -> a.askingPrice().minWan()).min().orElseThrow();
        double max = priced.stream().map(a -> a.askingPrice().maxWan()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(min);
        return "匹配成果的报价在 " + wan(min) + "–" + wan(max) + " 万元";
    }

    private static String wan(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
