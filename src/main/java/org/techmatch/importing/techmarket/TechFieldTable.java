package org.techmatch.importing.techmarket;

import static org.techmatch.vocabulary.TechField.ADVANCED_MANUFACTURING;
import static org.techmatch.vocabulary.TechField.AEROSPACE;
import static org.techmatch.vocabulary.TechField.BIO_MEDICINE;
import static org.techmatch.vocabulary.TechField.ELECTRONIC_INFORMATION;
import static org.techmatch.vocabulary.TechField.HIGH_TECH_SERVICES;
import static org.techmatch.vocabulary.TechField.NEW_ENERGY;
import static org.techmatch.vocabulary.TechField.NEW_MATERIALS;
import static org.techmatch.vocabulary.TechField.RESOURCES_ENVIRONMENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmatch.vocabulary.TechField;

/**
 * The market's 技术领域 (11 top-level fields, each "领域-子领域") onto our eight national high-tech fields
 * (国家重点支持的高新技术领域). Six top-levels are the same field under another name; five have no field of their
 * own and go where the national list puts most of their sub-fields, which is a guess the import reports.
 *
 * <pre>
 * 市场的技术领域  → TechField          exact?  why
 * 电子信息        → 电子信息            yes
 * 生物医药        → 生物与新医药        yes     (an alias of the enum)
 * 新材料          → 新材料              yes
 * 新能源          → 新能源与节能        yes     (alias)
 * 资源环保        → 资源与环境          yes     (alias)
 * 装备制造        → 先进制造与自动化    yes     (alias)
 * 技术服务        → 高技术服务          yes     知识产权、检验检测、工业设计 are 高技术服务 in the national list
 * 现代农业        → 生物与新医药        no      new varieties, breeding and agri-biotech are 农业生物技术 there
 * 交通运输        → 先进制造与自动化    no      汽车及零部件、轨道交通、船舶 are 先进制造与自动化 there
 * 建筑安装        → 先进制造与自动化    no      mostly 建筑机械 and 设备安装
 * 生活必需        → 先进制造与自动化    no      consumer goods manufacture (日化、服装、家电 …)
 * </pre>
 *
 * A few sub-fields plainly belong to another field than their top-level and override it (also reported):
 * agricultural machinery and forestry machinery → 先进制造与自动化, 农业信息化 → 电子信息, 节水灌溉 → 资源与环境,
 * 航空 and 空间技术 → 航空航天, 新型建材 → 新材料, 绿色建筑 → 新能源与节能, 日化 → 新材料 (fine chemicals).
 */
final class TechFieldTable {
    /** The same field under another name; the five other such top-levels are labels or aliases of {@link TechField}. */
    private static final Map<String, TechField> RENAMED = Map.of("技术服务", HIGH_TECH_SERVICES);

    /** Top-levels with no field of their own. */
    private static final Map<String, TechField> APPROXIMATE = Map.of(
            "现代农业", BIO_MEDICINE,
            "交通运输", ADVANCED_MANUFACTURING,
            "建筑安装", ADVANCED_MANUFACTURING,
            "生活必需", ADVANCED_MANUFACTURING);

    private static final Map<String, TechField> SUB_FIELD_OVERRIDES = Map.of(
            "现代农业-新型农业机械设备", ADVANCED_MANUFACTURING,
            "现代农业-新型林业机械", ADVANCED_MANUFACTURING,
            "现代农业-农业信息化", ELECTRONIC_INFORMATION,
            "现代农业-节水灌溉", RESOURCES_ENVIRONMENT,
            "交通运输-航空", AEROSPACE,
            "交通运输-空间技术", AEROSPACE,
            "建筑安装-新型建材", NEW_MATERIALS,
            "建筑安装-绿色建筑", NEW_ENERGY,
            "生活必需-日化", NEW_MATERIALS);

    private TechFieldTable() {
    }

    /**
     * @param field the field
     * @param guess why the field is an approximation (Chinese), null when the market's field is ours by name
     */
    record Mapped(TechField field, String guess) {
    }

    /** Maps the top-level and sub-field of "新材料-复合材料"; empty if the top-level is not one we know. */
    static Optional<Mapped> map(String topLevel, String subField) {
        String whole = subField == null ? topLevel : topLevel + "-" + subField;
        TechField override = SUB_FIELD_OVERRIDES.get(whole);
        if (override != null) {
            return Optional.of(new Mapped(override, "技术领域「" + whole + "」按子领域归入「" + override.label() + "」"));
        }
        Optional<TechField> named = byName(topLevel).or(() -> Optional.ofNullable(RENAMED.get(topLevel)));
        if (named.isPresent()) {
            return Optional.of(new Mapped(named.get(), null));
        }
        return Optional.ofNullable(APPROXIMATE.get(topLevel)).map(field -> new Mapped(field,
                "技术领域「" + topLevel + "」不在高新技术领域中，按对照表归入「" + field.label() + "」"));
    }

    /** The market top-levels the table knows, for the message of an unknown one. */
    static List<String> knownTopLevels() {
        return List.of("电子信息", "生物医药", "新材料", "新能源", "资源环保", "装备制造", "技术服务", "现代农业",
                "交通运输", "建筑安装", "生活必需");
    }

    private static Optional<TechField> byName(String name) {
        try {
            return Optional.of(TechField.of(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
