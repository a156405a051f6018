package org.techmatch.openapi;

import java.util.Map;
import java.util.Optional;

/**
 * The Chinese summary and group of every API operation, in one table keyed by method and path as the OpenAPI
 * document writes them. One table rather than an annotation on each of some sixty handlers: the controllers stay
 * about HTTP, and {@code OpenApiCompletenessTest} fails when a handler has no line here.
 */
final class ApiSummaries {
    /** A group of operations (an OpenAPI tag) and the summary of one. */
    record Summary(String tag, String text) {
    }

    private static final String LIBRARIES = "成果、需求、专家库";
    private static final String MATCHING = "匹配";
    private static final String CHALLENGES = "政府助题：榜单、揭榜、里程碑";
    private static final String DOCKINGS = "对接与统计";
    private static final String BULK = "批量导入、导出与查重";
    private static final String ACCOUNTS = "账号、令牌与审计";
    private static final String SYSTEM = "系统";

    private static final Map<String, Summary> SUMMARIES = Map.ofEntries(
            line("GET /api/achievements", LIBRARIES, "检索科技成果（全文、筛选、分面、分页）"),
            line("POST /api/achievements", LIBRARIES, "发布科技成果"),
            line("GET /api/achievements/{id}", LIBRARIES, "查看一项科技成果"),
            line("PUT /api/achievements/{id}", LIBRARIES, "修改科技成果（带当前版本号，版本过期返回 409）"),
            line("DELETE /api/achievements/{id}", LIBRARIES, "撤回科技成果（保留用于统计）"),
            line("GET /api/demands", LIBRARIES, "检索企业技术需求（全文、筛选、分面、分页）"),
            line("POST /api/demands", LIBRARIES, "发布企业技术需求"),
            line("GET /api/demands/{id}", LIBRARIES, "查看一项技术需求（保密字段按角色隐藏）"),
            line("PUT /api/demands/{id}", LIBRARIES, "修改技术需求（带当前版本号，版本过期返回 409）"),
            line("DELETE /api/demands/{id}", LIBRARIES, "撤回技术需求"),
            line("GET /api/experts", LIBRARIES, "检索专家团队"),
            line("POST /api/experts", LIBRARIES, "登记专家团队"),
            line("GET /api/experts/{id}", LIBRARIES, "查看一个专家团队（联系方式按角色隐藏）"),
            line("PUT /api/experts/{id}", LIBRARIES, "修改专家团队信息"),
            line("DELETE /api/experts/{id}", LIBRARIES, "撤回专家团队"),
            line("GET /api/vocabularies", LIBRARIES, "受控词表：技术领域、行业、成熟度、地区等可选值"),
            line("GET /api/demands/{id}/matches", MATCHING, "为技术需求匹配科技成果（带匹配度与理由）"),
            line("GET /api/achievements/{id}/matches", MATCHING, "为科技成果匹配技术需求"),
            line("GET /api/demands/{id}/experts", MATCHING, "为技术需求推荐专家团队"),
            line("POST /api/match", MATCHING, "为一段未保存的需求描述匹配科技成果"),
            line("GET /api/semantic/status", MATCHING, "语义向量后台任务的进度"),
            line("GET /api/challenges", CHALLENGES, "榜单列表"),
            line("POST /api/challenges", CHALLENGES, "创建榜单（草稿）"),
            line("POST /api/challenges/from-demands", CHALLENGES, "由若干技术需求生成榜单草稿"),
            line("GET /api/challenges/{id}", CHALLENGES, "查看榜单"),
            line("PUT /api/challenges/{id}", CHALLENGES, "修改榜单"),
            line("GET /api/challenges/{id}/transitions", CHALLENGES, "榜单当前可执行的操作"),
            line("POST /api/challenges/{id}/{transition}", CHALLENGES, "执行榜单操作：发布、撤回、开榜、截止、定榜、启动、验收、驳回或终止"),
            line("GET /api/challenges/milestones/overdue", CHALLENGES, "逾期的里程碑"),
            line("GET /api/challenges/{challengeId}/applications", CHALLENGES, "榜单的揭榜申请"),
            line("POST /api/challenges/{challengeId}/applications", CHALLENGES, "提交揭榜申请"),
            line("GET /api/challenges/{challengeId}/applications/{applicationId}", CHALLENGES, "查看揭榜申请"),
            line("DELETE /api/challenges/{challengeId}/applications/{applicationId}", CHALLENGES, "撤回揭榜申请"),
            line("POST /api/challenges/{challengeId}/applications/{applicationId}/reviews", CHALLENGES, "评审揭榜申请（打分）"),
            line("GET /api/challenges/{challengeId}/milestones", CHALLENGES, "榜单的里程碑计划"),
            line("POST /api/challenges/{challengeId}/milestones/{number}/evidence", CHALLENGES, "提交里程碑材料"),
            line("POST /api/challenges/{challengeId}/milestones/{number}/reviews", CHALLENGES, "评审里程碑"),
            line("GET /api/dockings", DOCKINGS, "对接记录列表"),
            line("POST /api/dockings", DOCKINGS, "登记一次供需对接"),
            line("GET /api/dockings/{id}", DOCKINGS, "查看对接记录"),
            line("POST /api/dockings/{id}/steps", DOCKINGS, "记录对接进展"),
            line("GET /api/dockings/workbench", DOCKINGS, "技术经理人工作台：待跟进与停滞的对接"),
            line("GET /api/demands/unmet", DOCKINGS, "长期未满足的技术需求"),
            line("POST /api/demands/unmet/draft-challenge", DOCKINGS, "由未满足需求生成榜单草稿"),
            line("GET /api/stats/overview", DOCKINGS, "统计概览"),
            line("GET /api/stats/by/{dimension}", DOCKINGS, "按区、领域等维度统计"),
            line("GET /api/stats/funnel", DOCKINGS, "对接漏斗"),
            line("GET /api/stats/challenges", DOCKINGS, "榜单统计"),
            line("GET /api/stats/export.xlsx", DOCKINGS, "导出统计表（XLSX）"),
            line("GET /api/stats/feedback", MATCHING, "匹配标记统计：按结论、原因与列表"),
            line("GET /api/stats/interests", DOCKINGS, "合作意向统计：按状态、婉拒原因与对象"),
            line("PUT /api/demands/{id}/matches/{candidateId}/feedback", MATCHING, "标记需求的成果匹配：相关或不相关（附原因）"),
            line("DELETE /api/demands/{id}/matches/{candidateId}/feedback", MATCHING, "撤回本人对成果匹配的标记"),
            line("GET /api/demands/{id}/matches/feedback", MATCHING, "需求的成果匹配上的当前标记"),
            line("PUT /api/demands/{id}/experts/{candidateId}/feedback", MATCHING, "标记需求的专家团队匹配"),
            line("DELETE /api/demands/{id}/experts/{candidateId}/feedback", MATCHING, "撤回本人对专家团队匹配的标记"),
            line("GET /api/demands/{id}/experts/feedback", MATCHING, "需求的专家团队匹配上的当前标记"),
            line("PUT /api/achievements/{id}/matches/{candidateId}/feedback", MATCHING, "标记成果的需求匹配"),
            line("DELETE /api/achievements/{id}/matches/{candidateId}/feedback", MATCHING, "撤回本人对需求匹配的标记"),
            line("GET /api/achievements/{id}/matches/feedback", MATCHING, "成果的需求匹配上的当前标记"),
            line("GET /api/admin/models", MATCHING, "排序模型版本列表（当前启用的已标明）"),
            line("POST /api/admin/models/{version}/activate", MATCHING, "重新启用某一排序模型版本"),
            line("POST /api/demands/guidance", MATCHING, "需求撰写指引：缺少的要素与匹配成果常用的技术术语"),
            line("GET /api/dockings/of-demand/{demandId}", DOCKINGS, "某项需求的对接记录"),
            line("POST /api/demands/{id}/renew", LIBRARIES, "一键续期技术需求"),
            line("GET /api/interests", DOCKINGS, "我收到或发出的合作意向"),
            line("GET /api/interests/{id}", DOCKINGS, "查看一条合作意向"),
            line("POST /api/interests", DOCKINGS, "表达合作意向（我有意向）"),
            line("POST /api/interests/{id}/answer", DOCKINGS, "答复合作意向：接受（转为对接）或婉拒（附原因）"),
            line("POST /api/interests/{id}/withdraw", DOCKINGS, "撤回本单位发出的合作意向"),
            line("GET /api/notifications", ACCOUNTS, "站内信列表"),
            line("GET /api/notifications/unread-count", ACCOUNTS, "站内信未读数"),
            line("POST /api/notifications/{id}/read", ACCOUNTS, "标记一条站内信为已读"),
            line("POST /api/notifications/read-all", ACCOUNTS, "全部标记为已读"),
            line("GET /api/notifications/preferences", ACCOUNTS, "通知偏好：邮箱与每类通知的渠道"),
            line("PUT /api/notifications/preferences", ACCOUNTS, "修改通知偏好"),
            line("GET /api/subscriptions", ACCOUNTS, "我的订阅"),
            line("POST /api/subscriptions", ACCOUNTS, "保存检索或订阅领域、产业链、区域（每日摘要）"),
            line("DELETE /api/subscriptions/{id}", ACCOUNTS, "取消订阅"),
            line("GET /api/admin/outbox", SYSTEM, "邮件发件箱：待发送、重试与待核实的邮件"),
            line("GET /api/admin/outbox/{id}", SYSTEM, "查看一封待发邮件及其错误"),
            line("POST /api/admin/outbox/{id}/requeue", SYSTEM, "核实后重新发送一封邮件"),
            line("GET /api/admin/runtime", SYSTEM, "运行状况：堆内存、各类记录数、日志大小与提交间隔"),
            line("POST /api/registrations", ACCOUNTS, "企业或高校院所注册（待审核）"),
            line("GET /api/registrations", ACCOUNTS, "待审核的注册申请"),
            line("POST /api/registrations/{username}/approve", ACCOUNTS, "通过注册申请"),
            line("POST /api/registrations/{username}/return", ACCOUNTS, "退回注册申请（附原因）"),
            line("GET /api/me/registration", ACCOUNTS, "我的注册申请及其状态"),
            line("PUT /api/me/registration", ACCOUNTS, "修改并重新提交注册申请"),
            line("PUT /api/me/password", ACCOUNTS, "修改本人密码"),
            line("PUT /api/accounts/{username}/password", ACCOUNTS, "重置本区账号的密码"),
            line("GET /api/me/records", LIBRARIES, "我的需求、成果、揭榜申请与对接"),
            line("GET /api/me/reminders", LIBRARIES, "即将到期或已过期的需求提醒"),
            line("GET /api/reviews", LIBRARIES, "待审核的成果与需求"),
            line("POST /api/reviews/{library}/{id}/publish", LIBRARIES, "审核通过并发布"),
            line("POST /api/reviews/{library}/{id}/return", LIBRARIES, "退回（附原因）"),
            line("POST /api/imports", BULK, "上传文件批量导入（XLSX、CSV 或 JSON Lines），立即返回导入任务（202）"),
            line("GET /api/imports", BULK, "导入任务列表"),
            line("GET /api/imports/{id}", BULK, "导入任务的进度或结果"),
            line("POST /api/imports/{id}/cancel", BULK, "取消导入任务（已校验的行仍会保存）"),
            line("POST /api/imports/{id}/resume", BULK, "从第一个未保存的行继续已中断的导入任务"),
            line("DELETE /api/imports/{id}", BULK, "取消导入任务；已中断的任务则放弃续导并删除保留的上传文件"),
            line("GET /api/imports/{id}/report.xlsx", BULK, "下载导入报告（逐行结果，XLSX）"),
            line("GET /api/imports/templates/{library}", BULK, "下载导入模板（XLSX）"),
            line("GET /api/exports/{library}", BULK, "导出整个库（XLSX、CSV 或 JSON Lines）"),
            line("GET /api/duplicates", BULK, "待处理的疑似重复记录"),
            line("GET /api/duplicates/{id}", BULK, "查看一对疑似重复记录"),
            line("POST /api/duplicates/{id}/merge", BULK, "合并疑似重复记录"),
            line("POST /api/duplicates/{id}/keep", BULK, "确认不是重复，两条都保留"),
            line("GET /api/me", ACCOUNTS, "当前用户与角色"),
            line("GET /api/accounts", ACCOUNTS, "账号列表"),
            line("POST /api/accounts", ACCOUNTS, "创建账号"),
            line("PUT /api/accounts/{username}/assignments", ACCOUNTS, "为评审专家分配榜单"),
            line("POST /api/tokens", ACCOUNTS, "创建访问令牌（只显示一次）"),
            line("GET /api/tokens", ACCOUNTS, "我的访问令牌"),
            line("DELETE /api/tokens/{id}", ACCOUNTS, "吊销访问令牌"),
            line("GET /api/audit", ACCOUNTS, "审计日志"),
            line("POST /api/admin/backups", SYSTEM, "在线备份索引"));

    private ApiSummaries() {
    }

    private static Map.Entry<String, Summary> line(String operation, String tag, String text) {
        return Map.entry(operation, new Summary(tag, text));
    }

    /** The summary of an operation, e.g. {@code of("GET", "/api/demands/{id}")}. */
    static Optional<Summary> of(String method, String path) {
        return Optional.ofNullable(SUMMARIES.get(method + " " + path));
    }
}
