package org.techmatch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.ServiceUnavailableException;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.ValidationException;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.vocabulary.UnknownValueException;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Maps every exception a controller throws (and Spring MVC's own: 404, 405, 406, 415, unreadable bodies) to a
 * {@link Problem} with a Chinese detail and, for bad input, the list of fields, rejected values and messages; the
 * {@link ProblemWriter} writes it. No stack trace ever reaches a client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ValidationException.class)
    void invalid(ValidationException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemWriter.write(request, response, Problem.invalid(e.problems()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    void notFound(RecordNotFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response, Problem.of(404, "记录不存在", e.getMessage()));
    }

    @ExceptionHandler(StaleVersionException.class)
    void conflict(StaleVersionException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response, Problem.of(409, "版本冲突", e.getMessage())
                .with("currentVersion", e.currentVersion()));
    }

    @ExceptionHandler(ForbiddenException.class)
    void forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // an anonymous caller is refused for want of a sign-in: 401, as the security rules answer
        ProblemWriter.write(request, response, ViewerResolver.current().signedIn()
                ? Problem.of(403, "无权操作", e.getMessage())
                : Problem.of(401, "未登录", "请先登录：" + e.getMessage()));
    }

    /** A controlled value given as a request parameter (techField=…, chain=…) that is not in its vocabulary. */
    @ExceptionHandler(UnknownValueException.class)
    void unknownValue(UnknownValueException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response,
                Problem.invalid(List.of(new FieldProblem(e.vocabulary(), e.value(), e.getMessage()))));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    void serviceUnavailable(ServiceUnavailableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response, Problem.of(503, "服务暂不可用", e.getMessage()));
    }

    @ExceptionHandler(StateConflictException.class)
    void stateConflict(StateConflictException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Problem problem = Problem.of(409, "当前状态不允许该操作", e.getMessage());
        ProblemWriter.write(request, response, e.field() == null ? problem
                : problem.withErrors(List.of(new FieldProblem(e.field(), null, e.getMessage()))));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    void tooLarge(PayloadTooLargeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response, Problem.of(413, "请求体过大", e.getMessage()));
    }

    @ExceptionHandler(StoreUnavailableException.class)
    void unavailable(StoreUnavailableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.error("Store unavailable", e);
        ProblemWriter.write(request, response, Problem.of(503, "存储暂不可用", e.getMessage() + "，请稍后重试"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response,
                Problem.invalid(List.of(new FieldProblem(e.getName(), e.getValue(), "参数类型不正确"))));
    }

    /** A form parameter Tomcat could not decode (the query string is checked earlier, by QueryStringFilter). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    void undecodableParameter(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemWriter.write(request, response,
                Problem.invalid(List.of(new FieldProblem("query", null, "参数无法解码，请按 UTF-8 百分号编码"))));
    }

    /** A body sent as multipart that is not (no boundary, cut off, a JSON body labelled multipart …). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    void badMultipart(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemWriter.write(request, response, Problem.invalid(List.of(new FieldProblem("body", null,
                "无法按 multipart/form-data 读取请求体（缺少 boundary 或内容不完整）"))));
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("Unhandled error", e);
        ProblemWriter.write(request, response, Problem.of(500));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        Problem problem = tooLarge != null ? Problem.of(413, "请求体过大", tooLarge.getMessage())
                : Problem.invalid(List.of(JsonProblems.describe(e)));
        return write(request, HttpHeaders.EMPTY, problem);
    }

    /** Spring's own errors (405, 415, 404 for unknown paths …) keep their status but get a Chinese detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Server error in Spring MVC", e);
        }
        Problem problem = switch (status.value()) {
            case 406 -> Problem.of(406, "无法提供所要求的响应格式：本接口返回 application/json，请把 Accept 设为 "
                    + "application/json 或去掉它");
            case 413 -> Problem.of(413, "上传的文件超过上限（techmatch.web.max-upload-bytes）");
            default -> Problem.of(status.value());
        };
        return write(request, headers, problem);
    }

    /** Writes the problem itself (with Spring's headers, e.g. {@code Allow} of a 405); nothing is left to render. */
    private static ResponseEntity<Object> write(WebRequest request, HttpHeaders headers, Problem problem) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        HttpServletResponse response = servlet.getResponse();
        try {
            if (response != null && !response.isCommitted()) {
                headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                ProblemWriter.write(servlet.getRequest(), response, problem);
            }
        } catch (IOException e) {
            log.debug("Could not write a problem answer: the client is gone", e);
        }
        return null;
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
