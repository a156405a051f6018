package org.techmatch.security;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.techmatch.account.SignedInUser;
import org.techmatch.web.problem.Problem;
import org.techmatch.web.problem.ProblemWriter;

/**
 * The API's answers when sign-in is missing (401) or the role may not do this (403): problem+json with a
 * Chinese detail, never a redirect to the sign-in page. No {@code WWW-Authenticate: Basic} challenge is sent,
 * so browsers never pop up their own password dialog and never cache Basic credentials (which would let other
 * sites' forms ride on them).
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // our own refusals say in Chinese what is wrong with the credentials; Spring's own messages are English
        String detail = e instanceof DisabledException ? "账号已停用，请联系区科技局管理员"
                : e instanceof BadCredentialsException && CHINESE.matcher(String.valueOf(e.getMessage())).find()
                ? e.getMessage()
                : e instanceof BadCredentialsException ? "用户名或密码错误"
                : "请先登录：网页请到 /login 登录，接口调用请使用 HTTP Basic 或 Bearer 访问令牌";
        response.setHeader("WWW-Authenticate", "Bearer realm=\"TechMatch\"");
        write(request, response, 401, "未登录", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.getPrincipal() instanceof SignedInUser;
        if (e instanceof CsrfException && !signedIn && (request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator"))) {
            // an API call without any credentials: what it lacks first is a sign-in, not a CSRF token
            commence(request, response, new InsufficientAuthenticationException("unauthenticated"));
            return;
        }
        if (e instanceof CsrfException) {
            write(request, response, 403, "缺少或无效的 CSRF 令牌",
                    "请求缺少有效的 CSRF 令牌：网页请求须在 X-XSRF-TOKEN 头（或 _csrf 参数）中带上 XSRF-TOKEN Cookie 的值");
            return;
        }
        if (auth != null && auth.getPrincipal() instanceof SignedInUser applicant && applicant.pending()) {
            write(request, response, 403, "账号待审核",
                    "注册申请尚未通过审核（当前：" + applicant.account().registration().status().label()
                            + "）：通过前只能查看和修改注册申请、修改密码；审核由所在区科技局管理员或技术经理人办理");
            return;
        }
        String role = auth != null && auth.getPrincipal() instanceof SignedInUser user
                ? user.account().role().label() : "访客";
        write(request, response, 403, "无权操作",
                "当前角色（" + role + "）无权执行「" + request.getMethod() + " " + request.getRequestURI() + "」"
                        + EndpointRules.whoMay(request));
    }

    /** The firewall's refusal of a path trick (encoded dots or slashes, ;, //): before any sign-in is looked at. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, 400, "请求路径不合法",
                "请求路径含有不允许的字符或写法（如编码的“.”、“/”、“;”或连续斜杠），已拒绝");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail) throws IOException {
        ProblemWriter.write(request, response, Problem.of(status, title, detail));
    }
}
