package org.techmatch.importing.techmarket;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Hand-written rows in the market's format: a plain valid row, with the fields a test sets replaced. */
final class TestRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestRows() {
    }

    static SourceRow achievement(String... fieldsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "A00001");
        row.put("name", "一种耐高温复合材料");
        row.put("postTime", "2020-03-20");
        row.put("classification", "制造业——化学原料和化学制品制造业");
        row.put("zlxx", "发明专利");
        row.put("maturity", "已有样品");
        row.put("cooperationMethod", "完全转让");
        row.put("jstgfs", "正在技术推广");
        row.put("price", "面议");
        row.put("industry", "新材料-复合材料");
        row.put("scope", "");
        row.put("context", "以碳纤维增强树脂基体，耐温 300 ℃。");
        row.put("earlyApplication", "");
        row.put("funding", "");
        return row(row, fieldsAndValues);
    }

    static SourceRow demand(String... fieldsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "D00001");
        row.put("name", "LED手电筒红外开关改进");
        row.put("postTime", "2020-01-13");
        row.put("classification", "制造业");
        row.put("cooperationMethod", "技术转让,技术许可,委托开发");
        row.put("time", "2020-01-1310:49:39.0至2021-01-1310:49:41.0");
        row.put("context", "现有产品中手电筒的开关是机械式，非常容易损坏，导致接触不良。");
        return row(row, fieldsAndValues);
    }

    /** The row as the reader sees it, after a JSON round trip; a null value removes the field. */
    private static SourceRow row(Map<String, Object> row, String... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                row.remove(fieldsAndValues[i]);
            } else {
                row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return TechMarketReader.parse(7, JSON.writeValueAsString(row));
    }
}
