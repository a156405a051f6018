package org.techmatch.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a record is located: one of Tianjin's 16 districts, or a province-level region.
 * Matching distinguishes same district, Tianjin, 京津冀 (Beijing–Tianjin–Hebei) and elsewhere.
 */
public record Region(String name, Scope scope) {

    public enum Scope { TIANJIN_DISTRICT, TIANJIN, JING_JI, OTHER_PROVINCE }

    public static final List<String> TIANJIN_DISTRICTS = List.of("和平区", "河东区", "河西区", "南开区", "河北区",
            "红桥区", "东丽区", "西青区", "津南区", "北辰区", "武清区", "宝坻区", "滨海新区", "宁河区", "静海区", "蓟州区");

    public static final List<String> PROVINCES = List.of("天津市", "北京市", "河北省", "山西省", "内蒙古自治区", "辽宁省",
            "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
            "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省",
            "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "台湾省");

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("天津", "天津市"), Map.entry("北京", "北京市"), Map.entry("河北", "河北省"),
            Map.entry("上海", "上海市"), Map.entry("重庆", "重庆市"), Map.entry("内蒙古", "内蒙古自治区"),
            Map.entry("广西", "广西壮族自治区"), Map.entry("西藏", "西藏自治区"), Map.entry("宁夏", "宁夏回族自治区"),
            Map.entry("新疆", "新疆维吾尔自治区"), Map.entry("香港", "香港特别行政区"), Map.entry("澳门", "澳门特别行政区"));

    @JsonValue
    public String name() {
        return name;
    }

    public boolean isTianjin() {
        return scope == Scope.TIANJIN_DISTRICT || scope == Scope.TIANJIN;
    }

    public boolean isJingJinJi() {
        return isTianjin() || scope == Scope.JING_JI;
    }

    @JsonCreator
    public static Region of(String raw) {
        String value = raw == null ? "" : raw.strip();
        String district = value.startsWith("天津市") ? value.substring(3) : value;
        if (TIANJIN_DISTRICTS.contains(district)) {
            return new Region(district, Scope.TIANJIN_DISTRICT);
        }
        if (!district.isEmpty() && !district.endsWith("区") && TIANJIN_DISTRICTS.contains(district + "区")) {
            return new Region(district + "区", Scope.TIANJIN_DISTRICT);
        }
        String province = SHORT_NAMES.getOrDefault(value, value);
        if (!PROVINCES.contains(province) && PROVINCES.contains(value + "省")) {
            province = value + "省";
        }
        if (PROVINCES.contains(province)) {
            Scope scope = switch (province) {
                case "天津市" -> Scope.TIANJIN;
                case "北京市", "河北省" -> Scope.JING_JI;
                default -> Scope.OTHER_PROVINCE;
            };
            return new Region(province, scope);
        }
        throw new UnknownValueException("地区", value, accepted());
    }

    public static List<String> accepted() {
        return Stream.concat(TIANJIN_DISTRICTS.stream(), PROVINCES.stream()).toList();
    }
}
