package org.techmatch.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Limits and checks shared by the libraries' records; the limits also bound what one request can store. */
public final class CatalogRules {
    public static final int TITLE_CHARS = 200;
    public static final int DESCRIPTION_CHARS = 20_000;
    public static final int SCOPE_CHARS = 2_000;
    public static final int NAME_CHARS = 100;
    public static final int MAX_KEYWORDS = 20;
    public static final int KEYWORD_CHARS = 30;
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_IP = 30;
    public static final int MAX_INDICATORS = 30;
    /** The largest amount a budget, price or contract may state: 1,000,000 万元 = 100 亿元. */
    public static final double MAX_AMOUNT_WAN = 1_000_000;
    /** The smallest non-zero amount a budget or price may state: 0.1 万元 = 1,000 元 (no amount at all is 面议). */
    public static final double MIN_AMOUNT_WAN = 0.1;

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private CatalogRules() {
    }

    public static void organisation(String field, Organisation org, boolean required, Problems problems) {
        if (org == null) {
            if (required) {
                problems.add(field, null, "必填");
            }
            return;
        }
        problems.text(field + ".name", org.name(), NAME_CHARS, required);
    }

    public static void team(String field, Team team, Problems problems) {
        if (team != null) {
            problems.text(field + ".name", team.name(), NAME_CHARS, false);
            problems.texts(field + ".members", team.members(), MAX_MEMBERS, NAME_CHARS);
        }
    }

    public static void contact(String field, Contact contact, Problems problems) {
        if (contact == null) {
            return;
        }
        problems.text(field + ".person", contact.person(), NAME_CHARS, false);
        problems.text(field + ".phone", contact.phone(), 30, false);
        problems.text(field + ".email", contact.email(), 120, false);
        if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
            problems.add(field + ".phone", contact.phone(), "电话号码只能包含数字、空格和 + - ( )，5–30 位");
        }
        if (contact.email() != null && !EMAIL.matcher(contact.email()).matches()) {
            problems.add(field + ".email", contact.email(), "电子邮箱格式不正确");
        }
    }

    public static void ipRights(String field, List<IpRight> rights, Problems problems) {
        if (rights.size() > MAX_IP) {
            problems.add(field, rights.size(), "最多 " + MAX_IP + " 项");
        }
        for (int i = 0; i < rights.size(); i++) {
            problems.required(field + "[" + i + "].kind", rights.get(i).kind());
            problems.text(field + "[" + i + "].number", rights.get(i).number(), 60, false);
        }
    }

    public static void indicators(String field, List<Indicator> indicators, Problems problems) {
        if (indicators.size() > MAX_INDICATORS) {
            problems.add(field, indicators.size(), "最多 " + MAX_INDICATORS + " 项");
        }
        for (int i = 0; i < indicators.size(); i++) {
            problems.text(field + "[" + i + "].name", indicators.get(i).name(), 60, true);
            problems.text(field + "[" + i + "].target", indicators.get(i).target(), 200, false);
        }
    }

    /**
     * A budget or price range: each bound 0 or 0.1–1,000,000 万元, the upper one above 0 (an amount of nothing is
     * 面议, said by giving none), the lower one not above the upper one.
     */
    public static void money(String field, MoneyRange money, Problems problems) {
        if (money == null || money.isNegotiable()) {
            return;
        }
        boolean minOk = amount(field + ".minWan", money.minWan(), problems);
        boolean maxOk = amount(field + ".maxWan", money.maxWan(), problems);
        if (maxOk && money.maxWan() == 0) {
            problems.add(field + ".maxWan", money.maxWan(), "金额不能为 0 万元；不定金额请选择「面议」");
        }
        if (minOk && maxOk && money.minWan() > money.maxWan()) {
            problems.add(field + ".minWan", money.minWan(), "下限大于上限 " + MoneyRange.plain(money.maxWan()));
        }
    }

    /**
     * One amount in 万元, if given: 0, or from 0.1 万元 (1,000 元) to 1,000,000 万元 (100 亿元). Returns whether it is
     * within these bounds (a missing amount is).
     */
    public static boolean amount(String field, Double wan, Problems problems) {
        if (wan == null) {
            return true;
        }
        if (!Double.isFinite(wan) || wan < 0) {
            problems.add(field, wan, "金额（万元）应为非负数");
            return false;
        }
        if (wan > 0 && wan < MIN_AMOUNT_WAN) {
            problems.add(field, wan, "金额不能小于 " + MIN_AMOUNT_WAN + " 万元（1000 元）");
            return false;
        }
        if (wan > MAX_AMOUNT_WAN) {
            problems.add(field, wan, "金额不能超过 " + (long) MAX_AMOUNT_WAN + " 万元（100 亿元）");
            return false;
        }
        return true;
    }

    public static List<String> nonNull(String... values) {
        return Stream.of(values).filter(Objects::nonNull).toList();
    }
}
