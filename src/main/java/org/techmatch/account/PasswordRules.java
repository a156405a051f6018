package org.techmatch.account;

import java.nio.charset.StandardCharsets;
import org.techmatch.catalog.Problems;

/**
 * The minimum strength of a password a person chooses (sign-up, change, reset): at least 8 characters, letters and
 * digits both, not containing the login name; bcrypt reads at most 72 bytes, so longer ones are refused.
 */
final class PasswordRules {
    private PasswordRules() {
    }

    static void check(String field, String password, String username, Problems problems) {
        if (password == null || password.isEmpty()) {
            problems.add(field, null, "必填：密码");
            return;
        }
        String hidden = "（已隐去）";
        if (password.length() < AccountService.MIN_PASSWORD_CHARS) {
            problems.add(field, hidden, "密码至少 " + AccountService.MIN_PASSWORD_CHARS + " 个字符");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES) {
            problems.add(field, hidden, "密码最长 " + AccountService.MAX_PASSWORD_BYTES + " 字节（一个汉字占 3 字节）");
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            problems.add(field, hidden, "密码不能包含控制字符");
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add(field, hidden, "密码强度不足：须同时包含字母和数字");
        } else if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.strip().toLowerCase())) {
            problems.add(field, hidden, "密码强度不足：不能包含登录名");
        }
    }
}
