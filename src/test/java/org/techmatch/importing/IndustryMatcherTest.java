package org.techmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techmatch.vocabulary.Industry;

class IndustryMatcherTest {
    private final IndustryMatcher matcher = IndustryMatcher.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "制造业——医药制造业|C27",
            "农、林、牧、渔业——农业|A01",
            // the market writes 燃气、及水 (an extra 、) and drops the 、 of 文教、工美: punctuation does not count
            "电力、热力、燃气、及水生产和供应业——电力、热力生产和供应业|D44",
            "制造业——文教工美体育和娱乐用品制造业|C24",
            "制造业——皮革毛皮羽毛及其制品和制鞋业|C19",
            "教育——教育|P83",
            "制造业|C",
            "医药制造业|C27"})
    void exactNamesMatchWithoutAGuess(String raw, String code) {
        assertThat(matcher.match(raw)).hasValueSatisfying(m -> {
            assertThat(m.industry().code()).isEqualTo(code);
            assertThat(m.guessed()).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "制造业——计算机、通信和其他电子设备制造|C39|不完整",
            "制造业——铁路、船舶、航空航天和其他运输|C37|不完整",
            "居民服务、修理和其他服务业——机动车、电子产品和日用产品修理|O81|不完整",
            "农、林、牧、渔业——农、林、牧、渔服务业|A05|2011",
            "交通运输、仓储和邮政业——仓储业|G59|2011",
            "制造业——石油加工炼焦和核燃料加工业|C25|2011",
            "建筑业——建筑装饰和其他建筑业|E50|2011",
            "采矿业——煤炭开发和洗选业|B06|笔误",
            "制造业——酒、饮料喝精制茶制造业|C15|笔误",
            "信息传输、软件和信息技术服务业——科技推广和应用服务业|I|不符",
            "制造业——量子隧穿制造业|C|无法识别"})
    void nearNamesAreMatchedAndSayWhatWasGuessed(String raw, String code, String guessMentions) {
        assertThat(matcher.match(raw)).hasValueSatisfying(m -> {
            assertThat(m.industry().code()).isEqualTo(code);
            assertThat(m.guess()).contains(guessMentions);
        });
    }

    @Test
    void blankOrUnknownNamesGiveNothing() {
        assertThat(matcher.match("")).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
        assertThat(matcher.match("外星贸易")).isEmpty();
        assertThat(matcher.match("制")).isEmpty();
    }

    @Test
    void concatenatedSectionsAreSplitAgainstTheSectionNamesNotOnPunctuation() {
        assertThat(matcher.splitSections("制造业电力、热力、燃气、及水生产和供应业建筑业批发和零售业").sections())
                .extracting(Industry::code).containsExactly("C", "D", "E", "F");
        IndustryMatcher.Sections two = matcher.splitSections("信息传输、软件和信息技术服务业金融业");
        assertThat(two.sections()).extracting(Industry::code).containsExactly("I", "J");
        assertThat(two.rest()).isNull();
        assertThat(matcher.splitSections("农、林、牧、渔业").sections()).extracting(Industry::code).containsExactly("A");
    }

    @Test
    void whatFollowsTheLastKnownSectionIsReturnedAsTheRest() {
        IndustryMatcher.Sections split = matcher.splitSections("制造业火星采矿");
        assertThat(split.sections()).extracting(Industry::code).containsExactly("C");
        assertThat(split.rest()).isEqualTo("火星采矿");
        assertThat(matcher.splitSections("").sections()).isEmpty();
    }

    @Test
    void editDistanceOfOneIsOneSubstitutionInsertionOrDeletion() {
        assertThat(IndustryMatcher.editDistanceAtMostOne("煤炭开采", "煤炭开发")).isTrue();
        assertThat(IndustryMatcher.editDistanceAtMostOne("煤炭开采", "煤炭采")).isTrue();
        assertThat(IndustryMatcher.editDistanceAtMostOne("煤炭开采", "煤炭开采业")).isTrue();
        assertThat(IndustryMatcher.editDistanceAtMostOne("煤炭开采", "煤炭开采")).isTrue();
        assertThat(IndustryMatcher.editDistanceAtMostOne("煤炭开采", "煤开发")).isFalse();
    }
}
