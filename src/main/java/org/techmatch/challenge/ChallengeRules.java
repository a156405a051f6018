package org.techmatch.challenge;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Problems;

/** Content rules of a challenge, whatever its status: amounts, dates, milestone shares and criterion weights. */
final class ChallengeRules {
    static final int MAX_DEMANDS = 20;
    static final int MAX_MILESTONES = 12;
    static final int MAX_CRITERIA = 10;
    /** Shares and weights are percentages typed by people: 33.33 + 33.33 + 33.34 must pass. */
    static final double PERCENT_TOLERANCE = 0.01;

    private ChallengeRules() {
    }

    static void validate(Challenge c, Problems problems) {
        problems.text("title", c.title(), CatalogRules.TITLE_CHARS, true);
        problems.text("problem", c.problem(), CatalogRules.DESCRIPTION_CHARS, true);
        problems.text("eligibility", c.eligibility(), CatalogRules.SCOPE_CHARS, false);
        CatalogRules.indicators("indicators", c.indicators(), problems);
        if (c.demandIds().size() > MAX_DEMANDS) {
            problems.add("demandIds", c.demandIds().size(), "最多关联 " + MAX_DEMANDS + " 项需求");
        }
        amount("budgetWan", c.budgetWan(), problems);
        if (c.support() != null) {
            amount("support.amountWan", c.support().amountWan(), problems);
            problems.required("support.form", c.support().form());
            if (c.support().amountWan() != null && c.budgetWan() != null && c.support().amountWan() > c.budgetWan()) {
                problems.add("support.amountWan", c.support().amountWan(), "政府支持金额不能超过项目总预算 " + c.budgetWan() + " 万元");
            }
        }
        if (c.office() != null) {
            problems.text("office.name", c.office().name(), CatalogRules.NAME_CHARS, true);
        }
        dates(c, problems);
        milestones(c.milestones(), c.projectStart(), c.projectEnd(), problems);
        criteria(c.criteria(), problems);
    }

    private static void dates(Challenge c, Problems problems) {
        for (LocalDate date : Stream.of(c.applicationDeadline(), c.projectStart(), c.projectEnd()).filter(Objects::nonNull)
                .toList()) {
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add("date", date.toString(), "日期应在 2000 年到 2100 年之间");
            }
        }
        if (c.projectStart() != null && c.projectEnd() != null && c.projectEnd().isBefore(c.projectStart())) {
            problems.add("projectEnd", c.projectEnd().toString(), "项目结束日期早于开始日期 " + c.projectStart());
        }
        if (c.applicationDeadline() != null && c.projectStart() != null
                && c.applicationDeadline().isAfter(c.projectStart())) {
            problems.add("applicationDeadline", c.applicationDeadline().toString(),
                    "揭榜截止日期应不晚于项目开始日期 " + c.projectStart());
        }
    }

    /** Each milestone says what must be shown, by when and for which share; the shares pay out exactly 100 %. */
    static void milestones(List<ChallengeMilestone> milestones, LocalDate start, LocalDate end, Problems problems) {
        if (milestones.size() > MAX_MILESTONES) {
            problems.add("milestones", milestones.size(), "最多 " + MAX_MILESTONES + " 个里程碑");
        }
        double total = 0;
        LocalDate previous = null;
        for (int i = 0; i < milestones.size(); i++) {
            ChallengeMilestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            problems.text(field + ".name", m.name(), 60, true);
            problems.text(field + ".deliverable", m.deliverable(), CatalogRules.SCOPE_CHARS, true);
            problems.required(field + ".dueDate", m.dueDate());
            if (m.sharePercent() == null) {
                problems.add(field + ".sharePercent", null, "必填（付款比例，百分数）");
            } else if (!(m.sharePercent() > 0 && m.sharePercent() <= 100)) {
                problems.add(field + ".sharePercent", m.sharePercent(), "付款比例应大于 0 且不超过 100");
            } else {
                total += m.sharePercent();
            }
            if (m.dueDate() != null) {
                if (previous != null && m.dueDate().isBefore(previous)) {
                    problems.add(field + ".dueDate", m.dueDate().toString(), "里程碑应按时间顺序排列，早于上一个里程碑的 " + previous);
                }
                if ((start != null && m.dueDate().isBefore(start)) || (end != null && m.dueDate().isAfter(end))) {
                    problems.add(field + ".dueDate", m.dueDate().toString(), "应在项目周期 " + start + " 至 " + end + " 之内");
                }
                previous = m.dueDate();
            }
        }
        if (!milestones.isEmpty() && Math.abs(total - 100) > PERCENT_TOLERANCE
                && milestones.stream().allMatch(m -> m.sharePercent() != null)) {
            problems.add("milestones", percent(total), "各里程碑付款比例之和应为 100%，当前为 " + percent(total) + "%");
        }
    }

    static void criteria(List<Criterion> criteria, Problems problems) {
        if (criteria.size() > MAX_CRITERIA) {
            problems.add("criteria", criteria.size(), "最多 " + MAX_CRITERIA + " 项评审指标");
        }
        double total = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            problems.text("criteria[" + i + "].name", c.name(), 30, true);
            if (c.name() != null && !names.add(c.name())) {
                problems.add("criteria[" + i + "].name", c.name(), "评审指标重复");
            }
            if (c.weight() == null || !(c.weight() > 0 && c.weight() <= 100)) {
                problems.add("criteria[" + i + "].weight", c.weight(), "权重应大于 0 且不超过 100");
            } else {
                total += c.weight();
            }
        }
        if (!criteria.isEmpty() && Math.abs(total - 100) > PERCENT_TOLERANCE) {
            problems.add("criteria", percent(total), "评审指标权重之和应为 100，当前为 " + percent(total));
        }
    }

    private static void amount(String field, Double wan, Problems problems) {
        CatalogRules.amount(field, wan, problems);
    }

    static String percent(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
