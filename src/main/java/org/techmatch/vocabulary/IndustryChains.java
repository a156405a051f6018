package org.techmatch.vocabulary;

import static org.techmatch.vocabulary.IndustryChain.AEROSPACE;
import static org.techmatch.vocabulary.IndustryChain.AUTOMOTIVE;
import static org.techmatch.vocabulary.IndustryChain.BIOMEDICINE;
import static org.techmatch.vocabulary.IndustryChain.CONNECTED_VEHICLES;
import static org.techmatch.vocabulary.IndustryChain.GREEN_PETROCHEMICAL;
import static org.techmatch.vocabulary.IndustryChain.HIGH_END_EQUIPMENT;
import static org.techmatch.vocabulary.IndustryChain.INTEGRATED_CIRCUIT;
import static org.techmatch.vocabulary.IndustryChain.LIGHT_INDUSTRY;
import static org.techmatch.vocabulary.IndustryChain.NEW_ENERGY;
import static org.techmatch.vocabulary.IndustryChain.NEW_MATERIALS;
import static org.techmatch.vocabulary.IndustryChain.OTHER;
import static org.techmatch.vocabulary.IndustryChain.TCM;
import static org.techmatch.vocabulary.IndustryChain.XINCHUANG;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which industry chain a record belongs to. Three rules, most specific first:
 * <ol>
 * <li>a few telling words in the title or keywords — the chains 集成电路, 车联网 and 中医药 cut across
 *     GB/T 4754 divisions (a chip and a laptop are both C39; a TCM granule and an antibody are both C27);</li>
 * <li>the GB/T 4754 division (the table below);</li>
 * <li>the national technology field, when the industry is missing or outside the chains (services, farming).</li>
 * </ol>
 * The mapping is deliberately coarse: it is for counting and grouping, not for matching.
 */
public final class IndustryChains {
    /** Checked in this order; the first chain with a word in the text wins. */
    private static final Map<IndustryChain, List<String>> WORDS = words();

    /** GB/T 4754 division code → chain. Divisions absent here fall through to the technology field. */
    private static final Map<String, IndustryChain> DIVISIONS = Map.ofEntries(
            // 电信、广播电视和卫星传输服务; 互联网; 软件和信息技术服务
            Map.entry("I63", XINCHUANG), Map.entry("I64", XINCHUANG), Map.entry("I65", XINCHUANG),
            // 计算机、通信和其他电子设备制造 (chips are caught by the words first)
            Map.entry("C39", XINCHUANG),
            Map.entry("C27", BIOMEDICINE),
            Map.entry("C36", AUTOMOTIVE),
            // 铁路、船舶、航空航天和其他运输设备 (aircraft and spacecraft are caught by the words first)
            Map.entry("C37", HIGH_END_EQUIPMENT),
            Map.entry("C33", HIGH_END_EQUIPMENT), Map.entry("C34", HIGH_END_EQUIPMENT),
            Map.entry("C35", HIGH_END_EQUIPMENT), Map.entry("C40", HIGH_END_EQUIPMENT),
            Map.entry("C43", HIGH_END_EQUIPMENT),
            // 电气机械和器材 (batteries, PV, wind power, power electronics); 电力、热力、燃气
            Map.entry("C38", NEW_ENERGY), Map.entry("D44", NEW_ENERGY), Map.entry("D45", NEW_ENERGY),
            // 石油、煤炭加工; 化学原料和化学制品
            Map.entry("C25", GREEN_PETROCHEMICAL), Map.entry("C26", GREEN_PETROCHEMICAL),
            // 化纤; 橡胶和塑料; 非金属矿物; 黑色和有色冶炼压延
            Map.entry("C28", NEW_MATERIALS), Map.entry("C29", NEW_MATERIALS), Map.entry("C30", NEW_MATERIALS),
            Map.entry("C31", NEW_MATERIALS), Map.entry("C32", NEW_MATERIALS),
            // 农副食品、食品、饮料、纺织、服装、皮革、木材、家具、造纸、印刷、文教体育用品
            Map.entry("C13", LIGHT_INDUSTRY), Map.entry("C14", LIGHT_INDUSTRY), Map.entry("C15", LIGHT_INDUSTRY),
            Map.entry("C17", LIGHT_INDUSTRY), Map.entry("C18", LIGHT_INDUSTRY), Map.entry("C19", LIGHT_INDUSTRY),
            Map.entry("C20", LIGHT_INDUSTRY), Map.entry("C21", LIGHT_INDUSTRY), Map.entry("C22", LIGHT_INDUSTRY),
            Map.entry("C23", LIGHT_INDUSTRY), Map.entry("C24", LIGHT_INDUSTRY));

    private IndustryChains() {
    }

    /** The chain of a record from its technology field, industry and text (title, keywords); never null. */
    public static IndustryChain classify(TechField field, Industry industry, String text) {
        if (text != null) {
            for (var entry : WORDS.entrySet()) {
                if (entry.getValue().stream().anyMatch(text::contains)) {
                    return entry.getKey();
                }
            }
        }
        if (industry != null && !industry.isSectionOnly()) {
            IndustryChain byDivision = DIVISIONS.get(industry.code());
            if (byDivision != null) {
                return byDivision;
            }
        }
        return field == null ? OTHER : byField(field);
    }

    private static IndustryChain byField(TechField field) {
        return switch (field) {
            case ELECTRONIC_INFORMATION -> XINCHUANG;
            case BIO_MEDICINE -> BIOMEDICINE;
            case AEROSPACE -> AEROSPACE;
            case NEW_MATERIALS -> NEW_MATERIALS;
            case NEW_ENERGY -> NEW_ENERGY;
            case ADVANCED_MANUFACTURING -> HIGH_END_EQUIPMENT;
            // 高技术服务 and 资源与环境 have no chain of their own in the Tianjin list
            case HIGH_TECH_SERVICES, RESOURCES_ENVIRONMENT -> OTHER;
        };
    }

    private static Map<IndustryChain, List<String>> words() {
        Map<IndustryChain, List<String>> words = new LinkedHashMap<>();
        words.put(INTEGRATED_CIRCUIT, List.of("集成电路", "芯片", "半导体", "晶圆", "光刻", "封装测试", "EDA", "碳化硅功率"));
        words.put(CONNECTED_VEHICLES, List.of("车联网", "智能网联", "V2X", "车路协同", "自动驾驶"));
        words.put(TCM, List.of("中药", "中医", "中成药", "饮片", "方剂"));
        words.put(AEROSPACE, List.of("航空", "航天", "飞机", "无人机", "卫星", "火箭", "机载"));
        words.put(AUTOMOTIVE, List.of("新能源汽车", "整车", "汽车"));
        words.put(XINCHUANG, List.of("信创", "国产化替代", "操作系统", "数据库", "服务器"));
        return java.util.Collections.unmodifiableMap(words);
    }
}
