package org.techmatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techmatch.importing.table.Column;
import org.techmatch.importing.table.LibraryColumns;
import org.techmatch.importing.table.TableRow;
import org.techmatch.importing.table.TableRows;

/**
 * The 导入模板.xlsx of a library: the columns an import reads, with Chinese headers (required ones marked *), a
 * drop-down list on every controlled column (the lists live on a hidden sheet, because Excel limits an inline
 * list to 255 characters and the industries alone are longer), an example row that the import skips, and a
 * sheet that explains every column.
 */
public final class ImportTemplate {
    /** Rows of the data sheet that get the drop-down lists. */
    static final int VALIDATED_ROWS = 5000;
    static final String LISTS_SHEET = "可选值";

    private ImportTemplate() {
    }

    public static void write(String type, String libraryName, OutputStream out) {
        List<Column> columns = LibraryColumns.of(type);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(libraryName);
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            Sheet help = workbook.createSheet("填写说明");
            CellStyle required = headerStyle(workbook, IndexedColors.DARK_RED);
            CellStyle optional = headerStyle(workbook, IndexedColors.BLACK);
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                header.createCell(i).setCellValue(column.header() + (column.required() ? "*" : ""));
                header.getCell(i).setCellStyle(column.required() ? required : optional);
                String value = column.path().equals("id") ? TableRows.EXAMPLE_MARK + "（此行导入时跳过）" : column.example();
                example.createCell(i).setCellValue(value);
                data.setColumnWidth(i, (column.type() == Column.ValueType.TEXT ? 40 : 16) * 256);
                if (!column.choices().isEmpty()) {
                    dropDown(validations, data, lists, i, column);
                }
            }
            data.createFreezePane(0, 1);
            explain(help, columns, optional);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list from the hidden sheet. The warning style (not "stop") lets people type a value that is not in the
     * list: imports accept aliases and several values (「许可、合作开发」) and report what they guessed.
     */
    private static void dropDown(DataValidationHelper helper, Sheet data, Sheet lists, int column, Column spec) {
        List<String> choices = spec.choices();
        for (int r = 0; r < choices.size(); r++) {
            Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(column).setCellValue(choices.get(r));
        }
        String letter = TableRow.columnLetter(column);
        DataValidationConstraint constraint = helper.createFormulaListConstraint(
                "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size());
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("不在可选值中", "导入时会尽量识别并在报告中说明；多个值用「、」分隔。");
        validation.setShowPromptBox(spec.type() == Column.ValueType.CHOICE_LIST);
        if (spec.type() == Column.ValueType.CHOICE_LIST) {
            validation.createPromptBox(spec.header(), "可填多个，用「、」分隔");
        }
        data.addValidationData(validation);
    }

    private static void explain(Sheet help, List<Column> columns, CellStyle bold) {
        String[] titles = {"列名", "必填", "字段", "填写要求", "也可写作"};
        Row top = help.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(bold);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Row row = help.createRow(i + 1);
            row.createCell(0).setCellValue(c.header());
            row.createCell(1).setCellValue(c.required() ? "是" : "");
            row.createCell(2).setCellValue(c.path());
            row.createCell(3).setCellValue(rule(c));
            row.createCell(4).setCellValue(String.join("、", c.synonyms()));
        }
        int[] widths = {16, 6, 20, 70, 50};
        for (int i = 0; i < widths.length; i++) {
            help.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static String rule(Column c) {
        return switch (c.type()) {
            case ID -> "新记录留空；导出的文件带有编号，重新导入时按编号更新而不会重复";
            case LINE -> "一行文字";
            case TEXT -> "文字，可分段";
            case TEXT_LIST -> "多项用「、」「，」「；」或换行分隔";
            case CHOICE -> "从下拉列表选择：" + String.join("、", c.choices());
            case CHOICE_LIST -> "可多选，用「、」分隔：" + String.join("、", c.choices());
            case INDUSTRY -> "国民经济行业分类（GB/T 4754-2017）代码或名称，如 C27 或 制造业——医药制造业";
            case REGION -> "天津市的区（如 南开区）或省级行政区（如 北京市）";
            case MONEY -> "万元：单个数（80）、区间（80-120）或「面议」";
            case DATE -> "日期，如 2026-12-31";
            case YES_NO -> "是 或 否";
            case IP_LIST -> "每项「类型 编号」，多项用「；」分隔，如 发明专利 ZL202010000000.1；软件著作权 2021SR0000001";
            case INDICATORS -> "每行一项「指标：目标」，如 循环寿命：≥ 1000 次";
            case ID_LIST -> "科技成果编号，如 ACH-000123，多项用「、」分隔";
        };
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, IndexedColors color) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(color.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
