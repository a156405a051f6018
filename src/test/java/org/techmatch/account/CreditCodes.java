package org.techmatch.account;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test credit codes, check character computed as GB 32100-2015 states it (a test-side implementation: weights as
 * powers of 3 modulo 31, not the service's table), each one different so that sign-ups do not collide.
 */
public final class CreditCodes {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private CreditCodes() {
    }

    /** A fresh valid code of a Tianjin enterprise (91 1201xx …). */
    public static String fresh() {
        return withCheck(String.format("91120116MA%07d", NEXT.incrementAndGet() % 10_000_000));
    }

    public static String withCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
