package org.techmatch.importing.table;

import static org.techmatch.importing.table.Column.ValueType.CHOICE;
import static org.techmatch.importing.table.Column.ValueType.CHOICE_LIST;
import static org.techmatch.importing.table.Column.ValueType.DATE;
import static org.techmatch.importing.table.Column.ValueType.ID;
import static org.techmatch.importing.table.Column.ValueType.ID_LIST;
import static org.techmatch.importing.table.Column.ValueType.INDICATORS;
import static org.techmatch.importing.table.Column.ValueType.INDUSTRY;
import static org.techmatch.importing.table.Column.ValueType.IP_LIST;
import static org.techmatch.importing.table.Column.ValueType.LINE;
import static org.techmatch.importing.table.Column.ValueType.MONEY;
import static org.techmatch.importing.table.Column.ValueType.REGION;
import static org.techmatch.importing.table.Column.ValueType.TEXT;
import static org.techmatch.importing.table.Column.ValueType.TEXT_LIST;
import static org.techmatch.importing.table.Column.ValueType.YES_NO;

import java.util.List;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.demand.DemandKind;
import org.techmatch.expert.ExpertKind;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.ExpertStatus;
import org.techmatch.vocabulary.ExpertType;
import org.techmatch.vocabulary.Labelled;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.Visibility;

/**
 * The spreadsheet columns of each library, in template order, with the headers universities and platforms
 * actually use for them. The first column, 编号, is our id: empty for new records, filled by exports so that a
 * re-import updates instead of duplicating. 来源/来源编号 are the source system and its id (the natural key).
 */
public final class LibraryColumns {
    private static final Column ID_COLUMN = column("id", "编号", false, ID, null, "", "记录编号", "系统编号");
    private static final Column ORIGIN_SOURCE = column("origin.source", "来源", false, LINE, null, "天津大学成果库",
            "来源系统", "数据来源", "source");
    private static final Column ORIGIN_ID = column("origin.externalId", "来源编号", false, LINE, null, "TJU-2024-001",
            "外部编号", "原编号", "项目编号", "成果编号", "需求编号", "externalId");

    private static final List<Column> ACHIEVEMENTS = List.of(
            ID_COLUMN,
            column("title", "成果名称", true, LINE, null, "高镍三元正极材料表面包覆改性技术",
                    "项目名称", "名称", "成果", "技术名称", "标题", "name"),
            column("description", "成果简介", true, TEXT, null,
                    "采用原子层沉积在高镍正极颗粒表面包覆纳米氧化铝层，循环 1000 次容量保持率 92%。",
                    "简介", "内容", "项目简介", "成果描述", "成果介绍", "技术简介", "描述", "摘要", "context", "abstract"),
            column("owner.name", "持有单位", true, LINE, null, "天津大学",
                    "单位名称", "成果单位", "完成单位", "所属单位", "单位", "机构", "owner", "ownerName"),
            column("owner.kind", "单位类型", true, CHOICE, OrgKind.class, "高校", "单位性质", "机构类型", "ownerKind"),
            column("team.name", "团队名称", false, LINE, null, "化工学院 储能材料课题组", "团队", "课题组", "team"),
            column("team.members", "团队成员", false, TEXT_LIST, null, "张三、李四", "成员", "完成人", "发明人",
                    "members"),
            column("contact.person", "联系人", false, LINE, null, "张老师", "contact", "person"),
            column("contact.phone", "联系电话", false, LINE, null, "022-27400000", "电话", "手机", "phone"),
            column("contact.email", "电子邮箱", false, LINE, null, "zhang@example.edu.cn", "邮箱", "email"),
            column("techField", "技术领域", true, CHOICE, TechField.class, "新能源与节能", "领域", "所属领域",
                    "高新技术领域", "field"),
            column("industry", "所属行业", false, INDUSTRY, null, "制造业——电气机械和器材制造业", "行业",
                    "国民经济行业", "行业分类", "classification"),
            column("keywords", "关键词", false, TEXT_LIST, null, "锂离子电池、正极材料", "关键字", "keyword"),
            column("maturity", "成熟度", true, CHOICE, Maturity.class, "通过中试", "技术成熟度", "成果成熟度",
                    "所处阶段", "成果阶段"),
            column("ip", "知识产权", false, IP_LIST, null, "发明专利 ZL202010000000.1", "专利", "专利信息",
                    "知识产权情况", "zlxx"),
            column("transferModes", "转化方式", false, CHOICE_LIST, TransferMode.class, "许可、合作开发", "合作方式",
                    "交易方式", "转让方式", "cooperationMethod", "transferMode"),
            column("askingPrice", "价格（万元）", false, MONEY, null, "80-120", "价格", "意向价格", "报价",
                    "转让价格", "price"),
            column("applicationScope", "应用范围", false, TEXT, null, "动力电池、储能电池正极材料生产", "应用领域",
                    "应用前景", "scope"),
            column("region", "所在地区", false, REGION, null, "南开区", "地区", "区域", "所在区"),
            column("status", "状态", false, CHOICE, AchievementStatus.class, "已发布", "成果状态"),
            ORIGIN_SOURCE,
            ORIGIN_ID);

    private static final List<Column> DEMANDS = List.of(
            ID_COLUMN,
            column("title", "需求名称", true, LINE, null, "高镍正极材料循环寿命提升", "名称", "项目名称", "需求",
                    "标题", "name"),
            column("description", "需求描述", true, TEXT, null, "现有高镍正极材料循环 500 次后容量衰减超过 20%，寻求表面包覆或掺杂改性方案。",
                    "简介", "内容", "需求内容", "需求简介", "问题描述", "描述", "context"),
            column("indicators", "技术指标", false, INDICATORS, null, "循环寿命：≥ 1000 次", "指标", "主要指标"),
            column("enterprise.name", "需求企业", true, LINE, null, "天津某新能源科技有限公司", "企业名称", "单位名称",
                    "需求单位", "企业", "enterprise"),
            column("enterprise.kind", "企业类型", false, CHOICE, OrgKind.class, "企业", "单位类型", "单位性质"),
            column("contact.person", "联系人", false, LINE, null, "王经理", "person"),
            column("contact.phone", "联系电话", false, LINE, null, "022-58000000", "电话", "手机", "phone"),
            column("contact.email", "电子邮箱", false, LINE, null, "wang@example.com", "邮箱", "email"),
            column("industry", "所属行业", false, INDUSTRY, null, "制造业——电气机械和器材制造业", "行业",
                    "国民经济行业", "classification"),
            column("techField", "技术领域", false, CHOICE, TechField.class, "新能源与节能", "领域", "所属领域"),
            column("expectedMaturity", "期望成熟度", false, CHOICE, Maturity.class, "通过中试", "成熟度",
                    "技术成熟度", "maturity"),
            column("budget", "预算（万元）", false, MONEY, null, "50-100", "预算", "投入金额", "资金预算"),
            column("cooperationModes", "合作方式", false, CHOICE_LIST, TransferMode.class, "委托开发、合作开发",
                    "合作模式", "cooperationMethod"),
            column("validUntil", "有效期至", false, DATE, null, "2026-12-31", "有效期", "截止日期", "截止时间"),
            column("region", "所在地区", false, REGION, null, "北辰区", "地区", "区域", "所在区"),
            column("visibility", "可见范围", false, CHOICE, Visibility.class, "公开", "是否公开"),
            column("chokepoint", "卡脖子技术", false, YES_NO, null, "否", "是否卡脖子", "卡脖子"),
            column("status", "状态", false, CHOICE, DemandStatus.class, "征集中", "需求状态"),
            ORIGIN_SOURCE,
            ORIGIN_ID);

    private static final List<Column> EXPERTS = List.of(
            ID_COLUMN,
            column("kind", "类型", true, CHOICE, ExpertType.class, "团队", "专家类型", "专家/团队"),
            column("name", "名称", true, LINE, null, "储能材料创新团队", "姓名", "专家姓名", "团队名称",
                    "专家名称", "title"),
            column("professionalTitle", "职称", false, LINE, null, "教授", "职务", "专业技术职务"),
            column("organisation.name", "所在单位", true, LINE, null, "天津大学", "单位", "单位名称", "工作单位",
                    "organisation"),
            column("organisation.kind", "单位类型", true, CHOICE, OrgKind.class, "高校", "单位性质"),
            column("leader", "团队负责人", false, LINE, null, "张三", "负责人", "带头人"),
            column("members", "团队成员", false, TEXT_LIST, null, "李四、王五", "成员"),
            column("researchAreas", "研究方向", false, TEXT_LIST, null, "锂离子电池、固态电解质", "研究领域",
                    "专业方向", "擅长领域"),
            column("techFields", "技术领域", true, CHOICE_LIST, TechField.class, "新能源与节能、新材料", "领域",
                    "所属领域", "techField"),
            column("profile", "简介", false, TEXT, null, "团队长期从事高比能锂离子电池材料研究。", "个人简介",
                    "团队简介", "专家简介", "内容", "介绍"),
            column("achievementIds", "关联成果编号", false, ID_LIST, null, "", "关联成果"),
            column("contact.person", "联系人", false, LINE, null, "张老师", "person"),
            column("contact.phone", "联系电话", false, LINE, null, "022-27400000", "电话", "手机", "phone"),
            column("contact.email", "电子邮箱", false, LINE, null, "zhang@example.edu.cn", "邮箱", "email"),
            column("region", "所在地区", false, REGION, null, "南开区", "地区", "区域"),
            column("status", "状态", false, CHOICE, ExpertStatus.class, "在库", "专家状态"),
            ORIGIN_SOURCE,
            ORIGIN_ID);

    private LibraryColumns() {
    }

    /** The columns of the library whose records have this type (achievement, demand, expert). */
    public static List<Column> of(String type) {
        return switch (type) {
            case AchievementKind.TYPE -> ACHIEVEMENTS;
            case DemandKind.TYPE -> DEMANDS;
            case ExpertKind.TYPE -> EXPERTS;
            default -> throw new IllegalArgumentException("no spreadsheet columns for " + type);
        };
    }

    private static Column column(String path, String header, boolean required, Column.ValueType type,
                                 Class<? extends Labelled> vocabulary, String example, String... synonyms) {
        return new Column(path, header, List.of(synonyms), required, type, vocabulary, example);
    }
}
