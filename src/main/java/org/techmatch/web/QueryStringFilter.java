package org.techmatch.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techmatch.catalog.FieldProblem;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Refuses a query string Tomcat could not decode (a lone {@code %}, {@code %zz}, bytes that are not UTF-8)
 * with a 400 naming the problem. Tomcat itself would drop the parameter and throw when it is first read,
 * which surfaces as a 500 or, in a filter before Spring MVC, as an error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStringFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String problem = query == null ? null : problem(query);
        if (problem != null) {
            ProblemWriter.write(request, response, Problem.of(400, "输入有误", "查询参数无法解码：" + problem
                    + "。中文和特殊字符须按 UTF-8 百分号编码").withErrors(List.of(new FieldProblem("query", null, problem))));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Null when every %XX is two hex digits and the decoded bytes are UTF-8; else what is wrong, in Chinese. */
    static String problem(String query) {
        byte[] bytes = new byte[query.length()];
        int n = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return "第 " + (i + 1) + " 个字符处的 % 后应为两位十六进制数";
                }
                bytes[n++] = (byte) Integer.parseInt(query.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c > 0x7f) {
                return "含有未编码的非 ASCII 字符";
            } else {
                bytes[n++] = (byte) (c == '+' ? ' ' : c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            return null;
        } catch (CharacterCodingException e) {
            return "百分号编码的字节不是有效的 UTF-8";
        }
    }
}
