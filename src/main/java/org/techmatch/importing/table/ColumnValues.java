package org.techmatch.importing.table;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techmatch.catalog.Indicator;
import org.techmatch.importing.ImportTexts;
import org.techmatch.importing.IndustryMatcher;
import org.techmatch.importing.RowContext;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.IpKind;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.UnknownValueException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a cell's text into the record's JSON form, and writes a record's value back as cell text, for each
 * {@link Column.ValueType}. Reading is lenient where a person would be (「小试」, 「100万元」, 2025/12/31) and says so
 * in a note; what cannot be read is a problem naming the column, the value and what is accepted.
 */
public final class ColumnValues {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;\\n\\r]+");
    private static final Pattern ID_SEPARATORS = Pattern.compile("[、，,；;\\s]+");
    private static final Pattern ENTRY_SEPARATORS = Pattern.compile("[；;\\n\\r]+");
    private static final Pattern NEGOTIABLE = Pattern.compile("面议|议价|协商|面谈|待定");
    private static final Pattern RANGE = Pattern.compile("[-~～—–至到]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern PATENT_NUMBER = Pattern.compile("(?i)ZL\\s*\\d{4}([123])\\d{7}\\.?[\\dX]");

    private ColumnValues() {
    }

    /** Puts the value of one non-blank cell into record at the column's path, or reports why it cannot. */
    static void read(Column column, String header, String raw, RowContext ctx, ObjectNode record) {
        switch (column.type()) {
            case LINE -> cleaned(header, raw, ImportTexts.line(raw), ctx).ifPresent(v -> put(record, column, v));
            case TEXT -> cleaned(header, raw, ImportTexts.text(raw), ctx).ifPresent(v -> put(record, column, v));
            case ID -> put(record, column, raw.strip());
            case TEXT_LIST -> array(record, column, split(LIST_SEPARATORS, raw));
            case ID_LIST -> array(record, column, split(ID_SEPARATORS, raw));
            case CHOICE -> choice(column, header, raw.strip(), ctx).ifPresent(v -> put(record, column, v));
            case CHOICE_LIST -> {
                List<String> labels = new ArrayList<>();
                for (String part : split(LIST_SEPARATORS, raw)) {
                    choice(column, header, part, ctx).ifPresent(labels::add);
                }
                array(record, column, labels);
            }
            case INDUSTRY -> industry(header, raw, ctx).ifPresent(v -> put(record, column, v));
            case REGION -> region(header, raw, ctx).ifPresent(v -> put(record, column, v));
            case MONEY -> money(header, raw, ctx, at(record, column), last(column));
            case DATE -> date(header, raw, ctx).ifPresent(v -> put(record, column, v));
            case YES_NO -> yesNo(header, raw, ctx).ifPresent(v -> at(record, column).put(last(column), v));
            case IP_LIST -> ipRights(header, raw, ctx, at(record, column).putArray(last(column)));
            case INDICATORS -> {
                ArrayNode indicators = at(record, column).putArray(last(column));
                for (String line : split(ENTRY_SEPARATORS, raw)) {
                    Indicator indicator = Indicator.parse(line);
                    indicators.addObject().put("name", indicator.name()).put("target", indicator.target());
                }
            }
        }
    }

    /** The cell text of a record's value at the column's path ("" when absent), in the form {@link #read} reads. */
    public static String write(Column column, JsonNode record) {
        JsonNode node = record;
        for (String part : column.path().split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return switch (column.type()) {
            case TEXT_LIST, ID_LIST, CHOICE_LIST -> joined(node, "、");
            case INDUSTRY -> Industry.of(node.asString()).displayName();
            case MONEY -> node.path("negotiable").asBoolean(false) || node.get("minWan") == null ? "面议"
                    : amount(node.get("minWan")) + (node.get("minWan").asDouble() == node.get("maxWan").asDouble()
                    ? "" : "-" + amount(node.get("maxWan")));
            case YES_NO -> node.asBoolean() ? "是" : "否";
            case IP_LIST -> {
                List<String> rights = new ArrayList<>();
                node.forEach(ip -> rights.add((ip.path("kind").asString("") + " " + ip.path("number").asString(""))
                        .strip()));
                yield String.join("；", rights);
            }
            case INDICATORS -> {
                List<String> lines = new ArrayList<>();
                node.forEach(i -> lines.add(Indicator.parse(i.path("name").asString("")
                        + (i.hasNonNull("target") ? "：" + i.get("target").asString() : "")).toString()));
                yield String.join("\n", lines);
            }
            default -> node.isValueNode() ? node.asString() : node.toString();
        };
    }

    private static Optional<String> cleaned(String header, String raw, ImportTexts.Cleaned cleaned, RowContext ctx) {
        if (!cleaned.replacedControls().isEmpty()) {
            ctx.note(header, raw, "控制字符 " + String.join("、", cleaned.replacedControls()) + " 已替换");
        }
        return Optional.ofNullable(cleaned.text());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<String> choice(Column column, String header, String raw, RowContext ctx) {
        Optional<LenientChoice.Match> match = LenientChoice.match((Class) column.vocabulary(), raw);
        if (match.isEmpty()) {
            ctx.problem(header, raw, unknownMessage(column.vocabulary(), raw));
            return Optional.empty();
        }
        if (match.get().note() != null) {
            ctx.note(header, raw, match.get().note());
        }
        return Optional.of(match.get().label());
    }

    /** The vocabulary's own message (「x」不是有效的成熟度，可选值：…), from its parser. */
    private static String unknownMessage(Class<? extends Labelled> vocabulary, String raw) {
        try {
            vocabulary.getMethod("of", String.class).invoke(null, raw);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof UnknownValueException unknown) {
                return unknown.getMessage();
            }
        } catch (ReflectiveOperationException e) {
            // every vocabulary has of(String); fall through to the generic message
        }
        return "「" + raw + "」无法识别";
    }

    private static Optional<String> industry(String header, String raw, RowContext ctx) {
        Optional<IndustryMatcher.Match> match = IndustryMatcher.standard().match(raw);
        if (match.isEmpty()) {
            ctx.problem(header, raw, "无法对应到国民经济行业分类（GB/T 4754-2017），请填写如「C27」或「制造业——医药制造业」");
            return Optional.empty();
        }
        if (match.get().guessed()) {
            ctx.note(header, raw, match.get().guess());
        }
        return Optional.of(match.get().industry().code());
    }

    private static Optional<String> region(String header, String raw, RowContext ctx) {
        try {
            Region region = Region.of(raw);
            if (!region.name().equals(raw.strip())) {
                ctx.note(header, raw, "「" + raw.strip() + "」按「" + region.name() + "」导入");
            }
            return Optional.of(region.name());
        } catch (UnknownValueException e) {
            ctx.problem(header, raw, "「" + raw.strip() + "」不是天津市的区或省级行政区");
            return Optional.empty();
        }
    }

    private static void money(String header, String raw, RowContext ctx, ObjectNode parent, String name) {
        String text = raw.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (NEGOTIABLE.matcher(text).find()) {
            parent.putObject(name).put("negotiable", true);
            return;
        }
        double factor = 1;
        if (text.endsWith("元") && !text.endsWith("万元")) {
            factor = 1e-4;
            ctx.note(header, raw, "金额按元填写，已换算为万元");
        }
        String[] bounds = RANGE.split(text.replace("万元", "").replace("万", "").replace("元", ""), -1);
        try {
            double min = Double.parseDouble(bounds[0]) * factor;
            double max = bounds.length > 1 ? Double.parseDouble(bounds[1]) * factor : min;
            if (bounds.length > 2 || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new NumberFormatException(text);
            }
            parent.putObject(name).put("minWan", min).put("maxWan", max);
        } catch (NumberFormatException e) {
            ctx.problem(header, raw, "无法识别的金额：应为万元数（如 80）、区间（如 80-120）或「面议」");
        }
    }

    private static Optional<String> date(String header, String raw, RowContext ctx) {
        String text = raw.strip();
        Matcher m = DATE.matcher(text);
        Matcher compact = COMPACT_DATE.matcher(text);
        String iso = m.matches() ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)))
                : compact.matches() ? compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3) : null;
        try {
            return Optional.of(java.time.LocalDate.parse(iso).toString());
        } catch (RuntimeException e) {
            ctx.problem(header, raw, "无法识别的日期：应为 YYYY-MM-DD，如 2026-12-31");
            return Optional.empty();
        }
    }

    private static Optional<Boolean> yesNo(String header, String raw, RowContext ctx) {
        return switch (raw.strip().toLowerCase()) {
            case "是", "true", "1", "yes", "y", "√" -> Optional.of(true);
            case "否", "false", "0", "no", "n", "×" -> Optional.of(false);
            default -> {
                ctx.problem(header, raw, "应为「是」或「否」");
                yield Optional.empty();
            }
        };
    }

    /** 发明专利 ZL…；实用新型：ZL…；软件著作权 — a kind, then an optional number; a bare ZL number tells its kind. */
    private static void ipRights(String header, String raw, RowContext ctx, ArrayNode rights) {
        for (String entry : split(ENTRY_SEPARATORS, raw)) {
            String[] parts = entry.split("[\\s:：]+", 2);
            Optional<LenientChoice.Match> kind = LenientChoice.match(IpKind.class, parts[0]);
            String number = kind.isPresent() ? (parts.length > 1 ? parts[1].strip() : null) : entry.strip();
            if (kind.isEmpty()) {
                Matcher patent = PATENT_NUMBER.matcher(entry.replace(" ", ""));
                if (!patent.find()) {
                    ctx.problem(header, entry, "无法识别的知识产权类型，应为「类型 编号」，类型可选："
                            + String.join("、", org.techmatch.vocabulary.Vocabularies.labels(IpKind.class)));
                    continue;
                }
                IpKind guessed = switch (patent.group(1)) {
                    case "1" -> IpKind.INVENTION_PATENT;
                    case "2" -> IpKind.UTILITY_MODEL;
                    default -> IpKind.DESIGN;
                };
                ctx.note(header, entry, "未写类型，按专利号判断为「" + guessed.label() + "」");
                kind = Optional.of(new LenientChoice.Match(guessed.label(), null));
            } else if (kind.get().note() != null) {
                ctx.note(header, entry, kind.get().note());
            }
            ObjectNode right = rights.addObject().put("kind", kind.get().label());
            if (number != null && !number.isEmpty()) {
                right.put("number", number);
            }
        }
    }

    private static List<String> split(Pattern separators, String raw) {
        List<String> parts = new ArrayList<>();
        for (String part : separators.split(raw)) {
            String line = ImportTexts.line(part).text();
            if (line != null) {
                parts.add(line);
            }
        }
        return parts;
    }

    private static String joined(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(item -> parts.add(item.asString()));
        return String.join(separator, parts);
    }

    private static String amount(JsonNode value) {
        return BigDecimal.valueOf(value.asDouble()).stripTrailingZeros().toPlainString();
    }

    private static void put(ObjectNode record, Column column, String value) {
        at(record, column).put(last(column), value);
    }

    private static void array(ObjectNode record, Column column, List<String> values) {
        ArrayNode array = at(record, column).putArray(last(column));
        values.forEach(array::add);
    }

    /** The object that holds the column's last path part, created on the way ("owner" for owner.name). */
    private static ObjectNode at(ObjectNode record, Column column) {
        ObjectNode node = record;
        String[] parts = column.path().split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    private static String last(Column column) {
        return column.path().substring(column.path().lastIndexOf('.') + 1);
    }
}
