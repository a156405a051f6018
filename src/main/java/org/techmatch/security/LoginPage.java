package org.techmatch.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page: a standalone HTML file ({@code security/login.html}, free to restyle) with two placeholders,
 * the CSRF token of the form and the message after a failed attempt or a sign-out, and the page to return to
 * after signing in ({@code ?next=}, kept through a failed attempt).
 */
@Controller
class LoginPage {
    private final String template;

    LoginPage() {
        try (InputStream in = LoginPage.class.getResourceAsStream("/security/login.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(CsrfToken csrf, @RequestParam(required = false) String error,
                @RequestParam(required = false) String logout, @RequestParam(required = false) String registered,
                @RequestParam(required = false) String next) {
        String message = error != null ? "<p class=\"message error\">用户名或密码错误，或账号已停用</p>"
                : logout != null ? "<p class=\"message info\">已退出登录</p>"
                : registered != null ? "<p class=\"message info\">注册申请已提交，登录后可查看审核进度</p>" : "";
        String back = ReturnAfterSignIn.safe(next);
        return template.replace("{{message}}", message)
                .replace("{{next}}", back == null ? "" : HtmlUtils.htmlEscape(back))
                .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
