package org.techmatch.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techmatch.catalog.Problems;
import org.techmatch.search.SearchSchema.KeywordFilter;
import org.techmatch.vocabulary.UnknownValueException;

/** Turns query-string parameters into a {@link SearchQuery}, reporting every bad parameter at once. */
public final class SearchQueryParser {
    private static final Set<String> COMMON = Set.of("q", "page", "size", "sort", "createdFrom", "createdTo");
    private static final int MAX_QUERY_CHARS = 500;

    private SearchQueryParser() {
    }

    public static SearchQuery parse(Map<String, List<String>> params, SearchSchema schema) {
        Problems problems = new Problems();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        boolean hasAmount = schema.moneyParam() != null;
        String minParam = schema.moneyParam() + "Min";
        String maxParam = schema.moneyParam() + "Max";
        for (var entry : params.entrySet()) {
            String name = entry.getKey();
            if (COMMON.contains(name) || hasAmount && (name.equals(minParam) || name.equals(maxParam))) {
                continue;
            }
            KeywordFilter filter = schema.keywordFilters().stream().filter(f -> f.answersTo(name)).findFirst()
                    .orElse(null);
            if (filter == null) {
                problems.add(name, entry.getValue(), "未知的查询参数；可用参数：" + String.join("、", known(schema)));
                continue;
            }
            for (String raw : entry.getValue()) {
                for (String value : raw.split(",")) {
                    if (value.isBlank()) {
                        continue;
                    }
                    try {
                        filters.computeIfAbsent(filter.indexField(), k -> new java.util.ArrayList<>())
                                .add(filter.canonical().apply(value.strip()));
                    } catch (UnknownValueException e) {
                        problems.add(name, value, e.getMessage());
                    }
                }
            }
        }
        String text = single(params, "q");
        problems.text("q", text, MAX_QUERY_CHARS, false);
        int page = integer(params, "page", 1, 1, Integer.MAX_VALUE, problems);
        int size = integer(params, "size", 20, 1, SearchQuery.MAX_PAGE_SIZE, problems);
        if ((long) page * size > SearchQuery.MAX_WINDOW) {
            problems.add("page", page, "最多翻到第 " + SearchQuery.MAX_WINDOW + " 条结果，请缩小查询范围");
        }
        SortOrder sort = sort(single(params, "sort"), text != null && !text.isBlank(), hasAmount, problems);
        LocalDate from = date(params, "createdFrom", problems);
        LocalDate to = date(params, "createdTo", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("createdFrom", from.toString(), "起始日期晚于截止日期 " + to);
        }
        Double min = hasAmount ? amount(params, minParam, problems) : null;
        Double max = hasAmount ? amount(params, maxParam, problems) : null;
        if (min != null && max != null && min > max) {
            problems.add(minParam, min, "下限大于上限 " + max);
        }
        problems.throwIfAny();
        return new SearchQuery(text == null ? null : text.strip(), filters, from, to, min, max, sort, page, size);
    }

    private static List<String> known(SearchSchema schema) {
        List<String> names = new java.util.ArrayList<>(List.of("q", "page", "size", "sort", "createdFrom", "createdTo"));
        if (schema.moneyParam() != null) {
            names.addAll(List.of(schema.moneyParam() + "Min", schema.moneyParam() + "Max"));
        }
        schema.keywordFilters().forEach(f -> names.add(f.param()));
        return names;
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max,
                               Problems problems) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                problems.add(name, raw, "应在 " + min + " 到 " + max + " 之间");
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name, raw, "应为整数");
            return fallback;
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name, Problems problems) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(name, raw, "日期格式应为 YYYY-MM-DD");
            return null;
        }
    }

    private static Double amount(Map<String, List<String>> params, String name, Problems problems) {
        String raw = single(params, name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (!Double.isFinite(value) || value < 0) {
                problems.add(name, raw, "金额（万元）应为非负数");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name, raw, "金额（万元）应为数字");
            return null;
        }
    }

    /** Amount orders exist only where records have an amount; elsewhere they would silently sort by id. */
    private static SortOrder sort(String raw, boolean hasText, boolean hasAmount, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return hasText ? SortOrder.RELEVANCE : SortOrder.NEWEST;
        }
        List<SortOrder> allowed = java.util.Arrays.stream(SortOrder.values())
                .filter(order -> hasAmount || !order.byAmount()).toList();
        for (SortOrder order : allowed) {
            if (order.param().equals(raw.strip())) {
                return order;
            }
        }
        problems.add("sort", raw, "可选排序：" + String.join("、", allowed.stream().map(SortOrder::param).toList()));
        return SortOrder.RELEVANCE;
    }
}
