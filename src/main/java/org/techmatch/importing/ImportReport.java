package org.techmatch.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accounts for every row of one import: how many were read, accepted and rejected, every reason a row was
 * rejected, and every note about a guessed or defaulted value. {@code read == accepted + rejected} always.
 * Not thread-safe: one report per import, fed in source order.
 */
public final class ImportReport {
    /** Rejected rows listed one by one in the summary; the full list is always in {@link #rejections()}. */
    private static final int LISTED_REJECTIONS = 50;
    /** Example ids shown per group of notes. */
    private static final int EXAMPLES_PER_GROUP = 5;

    private final String source;
    private int accepted;
    private int rejected;
    private final List<RowProblem> rejections = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();

    /** @param source what is being imported, for the summary's first line (e.g. the file name) */
    public ImportReport(String source) {
        this.source = source;
    }

    /** Counts one row's outcome and returns it, so a stream can report as it goes. */
    public <T> RowOutcome<T> add(RowOutcome<T> outcome) {
        switch (outcome) {
            case RowOutcome.Accepted<T> a -> accepted++;
            case RowOutcome.Rejected<T> r -> {
                rejected++;
                rejections.addAll(r.problems());
            }
        }
        notes.addAll(outcome.notes());
        return outcome;
    }

    public String source() {
        return source;
    }

    public int read() {
        return accepted + rejected;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    /** Every reason of every rejected row (a row may have several), in source order. */
    public List<RowProblem> rejections() {
        return List.copyOf(rejections);
    }

    /** Every guessed, defaulted or unrepresentable value, of accepted and rejected rows, in source order. */
    public List<RowProblem> notes() {
        return List.copyOf(notes);
    }

    /**
     * A Chinese summary to print: the counts, every rejected row with its reasons (the first 50), and the notes
     * grouped by field and reason, the most frequent first, with their number of rows and a few example ids.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(source).append("：读取 ").append(read()).append(" 行，导入 ").append(accepted)
                .append(" 行，拒绝 ").append(rejected).append(" 行\n");
        if (!rejections.isEmpty()) {
            out.append("拒绝的行：\n");
            Map<Integer, List<RowProblem>> byRow = rejections.stream()
                    .collect(Collectors.groupingBy(RowProblem::rowNumber, LinkedHashMap::new, Collectors.toList()));
            byRow.values().stream().limit(LISTED_REJECTIONS).forEach(problems -> out.append("  ")
                    .append(problems.stream().map(RowProblem::toString).collect(Collectors.joining("；")))
                    .append('\n'));
            if (byRow.size() > LISTED_REJECTIONS) {
                out.append("  …另有 ").append(byRow.size() - LISTED_REJECTIONS).append(" 行\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append("提示（猜测或默认的取值；无法表示的原值保留在 origin.unmapped）：\n");
            grouped(notes).entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, List<RowProblem>> e) -> rowCount(e.getValue()))
                            .reversed())
                    .forEach(e -> out.append("  ").append(e.getKey()).append(" — ").append(rowCount(e.getValue()))
                            .append(" 行（").append(examples(e.getValue())).append("）\n"));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    private static Map<String, List<RowProblem>> grouped(List<RowProblem> problems) {
        return problems.stream().collect(Collectors.groupingBy(p -> p.field() + "：" + p.reason(),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static long rowCount(List<RowProblem> group) {
        return group.stream().mapToInt(RowProblem::rowNumber).distinct().count();
    }

    private static String examples(List<RowProblem> group) {
        List<String> ids = group.stream().map(p -> p.externalId() == null ? "第 " + p.rowNumber() + " 行"
                : p.externalId()).distinct().toList();
        String shown = String.join("、", ids.subList(0, Math.min(EXAMPLES_PER_GROUP, ids.size())));
        return ids.size() > EXAMPLES_PER_GROUP ? shown + " …" : shown;
    }
}
