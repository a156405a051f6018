package org.techmatch.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmatch.catalog.FieldProblem;

/**
 * One error answer of the API before it is written: the status, a short Chinese title, a Chinese detail that says
 * what is wrong and where, the field problems of bad input (empty when none) and any extension members (e.g.
 * {@code currentVersion} of a version conflict). {@link #of(int)} gives the standard title and detail of a status.
 */
public record Problem(int status, String title, String detail, List<FieldProblem> errors,
                      Map<String, Object> extensions) {
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** The status with its standard Chinese title and detail. */
    public static Problem of(int status) {
        return of(status, defaultDetail(status));
    }

    /** The status with its standard Chinese title and the given detail. */
    public static Problem of(int status, String detail) {
        return new Problem(status, defaultTitle(status), detail, List.of(), Map.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of(), Map.of());
    }

    /** Bad input: 400 with the list of fields, their rejected values and messages; the detail sums them up. */
    public static Problem invalid(List<FieldProblem> errors) {
        String summary = errors.stream().map(p -> p.field() + "：" + p.message()).reduce((a, b) -> a + "；" + b)
                .orElse("输入有误");
        return new Problem(400, "输入有误", summary, errors, Map.of());
    }

    public Problem withErrors(List<FieldProblem> fieldProblems) {
        return new Problem(status, title, detail, fieldProblems, extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(status, title, detail, errors, more);
    }

    static String defaultTitle(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "未登录";
            case 403 -> "无权操作";
            case 404 -> "地址不存在";
            case 405 -> "请求方法不允许";
            case 406 -> "无法提供所要求的响应格式";
            case 408 -> "请求超时";
            case 409 -> "冲突";
            case 413 -> "请求体过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 431 -> "请求头过大";
            case 501 -> "不支持的请求方法";
            case 503 -> "服务暂不可用";
            case 505 -> "不支持的 HTTP 版本";
            default -> status < 500 ? "请求有误" : "服务器内部错误";
        };
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "请求的地址、参数或请求头无效（例如地址中含有编码的斜杠 %2F、反斜杠 %5C、%00 或错误的百分号编码，"
                    + "或请求行、请求头过长）";
            case 401 -> "请先登录：网页请到 /login 登录，接口调用请使用 HTTP Basic 或 Bearer 访问令牌";
            case 403 -> "当前账号无权执行该操作";
            case 404 -> "请求的地址不存在";
            case 405 -> "该地址不支持此请求方法";
            case 406 -> "无法提供所要求的响应格式，请把 Accept 设为 application/json 或去掉它";
            case 408 -> "请求未在规定时间内发送完毕";
            case 413 -> "请求体过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型，请使用 application/json";
            case 431 -> "请求头过大";
            case 501 -> "服务器不支持该请求方法";
            case 503 -> "服务暂不可用，请稍后重试";
            case 505 -> "不支持的 HTTP 版本：请使用 HTTP/1.1（或 HTTP/1.0）";
            default -> status < 500 ? "请求无法处理（" + status + "）：请检查请求的地址、参数与格式"
                    : "服务器处理请求时出错，已记录日志，请稍后重试";
        };
    }
}
