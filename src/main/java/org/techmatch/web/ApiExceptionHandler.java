package org.techmatch.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.ServiceUnavailableException;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.VersionConflictException;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.vocabulary.UnknownValueException;

/**
 * Every error leaves as RFC 9457 problem+json with a Chinese detail and, for bad input, the list of
 * fields, rejected values and messages. No stack trace ever reaches a client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> invalid(ValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(e.problems()), e.problems());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "记录不存在", e.getMessage(), null);
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<Object> conflict(VersionConflictException e) {
        ResponseEntity<Object> response = problem(HttpStatus.CONFLICT, "版本冲突", e.getMessage(), null);
        ((ProblemDetail) response.getBody()).setProperty("currentVersion", e.currentVersion());
        return response;
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        if (!ViewerResolver.current().signedIn()) {
            // an anonymous caller is refused for want of a sign-in: 401, as the security rules answer
            return problem(HttpStatus.UNAUTHORIZED, "未登录", "请先登录：" + e.getMessage(), null);
        }
        return problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage(), null);
    }

    /** A controlled value given as a request parameter (techField=…, chain=…) that is not in its vocabulary. */
    @ExceptionHandler(UnknownValueException.class)
    ResponseEntity<Object> unknownValue(UnknownValueException e) {
        List<FieldProblem> problems = List.of(new FieldProblem(e.vocabulary(), e.value(), e.getMessage()));
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(problems), problems);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<Object> serviceUnavailable(ServiceUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用", e.getMessage(), null);
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<Object> stateConflict(StateConflictException e) {
        return problem(HttpStatus.CONFLICT, "当前状态不允许该操作", e.getMessage(), null);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "请求体过大", e.getMessage(), null);
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Object> unavailable(StoreUnavailableException e) {
        log.error("Store unavailable", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "存储暂不可用", e.getMessage() + "，请稍后重试", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
        List<FieldProblem> problems = List.of(new FieldProblem(e.getName(), e.getValue(), "参数类型不正确"));
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(problems), problems);
    }

    /** A form parameter Tomcat could not decode (the query string is checked earlier, by QueryStringFilter). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(Exception e) {
        List<FieldProblem> problems = List.of(new FieldProblem("query", null, "参数无法解码，请按 UTF-8 百分号编码"));
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(problems), problems);
    }

    /** A body sent as multipart that is not (no boundary, cut off, a JSON body labelled multipart …). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> badMultipart(Exception e) {
        List<FieldProblem> problems = List.of(new FieldProblem("body", null,
                "无法按 multipart/form-data 读取请求体（缺少 boundary 或内容不完整）"));
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(problems), problems);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，已记录日志，请稍后重试", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        List<FieldProblem> problems = List.of(JsonProblems.describe(e));
        return problem(HttpStatus.BAD_REQUEST, "输入有误", summary(problems), problems);
    }

    /** Spring's own errors (405, 415, 404 for unknown paths …) keep their status but get a Chinese detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String detail = switch (status.value()) {
            case 404 -> "请求的地址不存在";
            case 405 -> "该地址不支持此请求方法";
            case 406 -> "无法提供所要求的响应格式";
            case 413 -> "上传的文件超过上限（techmatch.web.max-upload-bytes）";
            case 415 -> "不支持的内容类型，请使用 application/json";
            default -> status.is4xxClientError() ? "请求有误" : "服务器内部错误";
        };
        if (status.is5xxServerError()) {
            log.error("Server error in Spring MVC", e);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.is4xxClientError() ? "请求有误" : "服务器内部错误");
        return ResponseEntity.status(status).headers(headers).contentType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
                                                  List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors.stream().map(p -> {
                Map<String, Object> error = new java.util.LinkedHashMap<>();
                error.put("field", p.field());
                error.put("value", p.value());
                error.put("message", p.message());
                return error;
            }).toList());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String summary(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + "：" + p.message()).reduce((a, b) -> a + "；" + b)
                .orElse("输入有误");
    }

    static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
