package org.techmatch.account;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (digits
 * and capital letters without I, O, Z, S, V), the last a check character over the first 17 with weights 3^i mod 31.
 */
final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code as entered, stripped and upper-cased (codes are printed in capitals; users type either case). */
    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** null when the code is well formed, else what is wrong with it, in Chinese. */
    static String problem(String code) {
        if (code == null || code.isEmpty()) {
            return "必填：统一社会信用代码（18 位，见营业执照）";
        }
        if (code.length() != 18) {
            return "统一社会信用代码应为 18 位（当前 " + code.length() + " 位）";
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "统一社会信用代码第 " + (i + 1) + " 位「" + code.charAt(i) + "」不是有效字符（只含数字和除 I、O、Z、S、V 外的大写字母）";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "统一社会信用代码校验位不符：按前 17 位计算，第 18 位应为「" + expected + "」，请核对营业执照";
        }
        return null;
    }

    /** The check character of the first 17 characters (all in the alphabet). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
