package org.techmatch.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * Refuses a write to the API whose Accept header rules out JSON before it runs: Spring MVC would only find
 * out when writing the answer (406) — after the record was stored, so a refused request would have changed
 * something. Reads are left to Spring MVC (a late 406 on a read changes nothing, and downloads are XLSX).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AcceptHeaderFilter extends OncePerRequestFilter {
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith("/api/") || method.equals("GET") || method.equals("HEAD")
                || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            boolean acceptable;
            try {
                acceptable = MediaType.parseMediaTypes(accept).stream()
                        .anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
            } catch (InvalidMediaTypeException e) {
                acceptable = false;
            }
            if (!acceptable) {
                ProblemWriter.write(request, response, Problem.of(406, "无法提供所要求的响应格式：写操作只返回 "
                        + "application/json，请把 Accept 设为 application/json 或去掉它"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
