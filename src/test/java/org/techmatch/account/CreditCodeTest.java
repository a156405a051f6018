package org.techmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check character of GB 32100-2015, on the standard's published example and on altered codes. */
class CreditCodeTest {

    @Test
    void thePublishedExampleIsValidAndEveryAlteredCharacterIsCaught() {
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCode.problem("91350100M000100Y44")).contains("校验位").contains("「3」");
        assertThat(CreditCode.problem("91350100M000100Y33")).contains("校验位");
    }

    @Test
    void lengthAndAlphabetAreNamed() {
        assertThat(CreditCode.problem("91350100M000100Y4")).contains("18 位").contains("17 位");
        assertThat(CreditCode.problem("91350100M00010OY43")).contains("第 15 位").contains("「O」");
        assertThat(CreditCode.problem(null)).contains("必填");
        assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aCheckCharacterCanBeALetter() {
        String code = CreditCodes.withCheck("91120116MA05JKL12");
        assertThat(code).endsWith("B");
        assertThat(CreditCode.problem(code)).isNull();
    }
}
