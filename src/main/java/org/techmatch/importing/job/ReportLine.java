package org.techmatch.importing.job;

import org.techmatch.importing.RowProblem;

/**
 * One line of an import report: a row (0 for the file as a whole), the row's id in its source, the column, the
 * value, the reason in Chinese and its category (拒绝, 提示, 疑似重复, 未变, 更新).
 */
public record ReportLine(int row, String externalId, String column, String value, String reason, String category) {
    public static final String REJECTED = "拒绝";
    public static final String NOTE = "提示";
    public static final String DUPLICATE = "疑似重复";
    public static final String UNCHANGED = "未变";
    public static final String UPDATED = "更新";

    static ReportLine of(RowProblem problem, String category) {
        return new ReportLine(problem.rowNumber(), problem.externalId(), problem.field(), problem.value(),
                problem.reason(), category);
    }
}
