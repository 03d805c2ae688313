package org.kemu.performance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets and actuals as the seed documents print them, and what they allow to be decided. */
class IndicatorReadingTests {

    private static IndicatorReading read(String target, String actual) {
        return IndicatorReading.of(target, actual, null, null);
    }

    @Test
    void anActualWithoutUnitIsInTheTargetsUnit() {
        // 大竹 社保公共服务能力建设: 经办人员培训次数 ≥10人/年, 完成值 6
        var training = IndicatorReading.of("≥10人/年", "6", new BigDecimal("60"), new BigDecimal("60"));
        assertThat(training.target()).isEqualTo(new Quantity(Comparator.AT_LEAST, new BigDecimal("10"), "人/年"));
        assertThat(training.actual()).isEqualTo(new Quantity(null, new BigDecimal("6"), null));
        assertThat(training.met()).isFalse();
        assertThat(training.scoredFull()).isTrue();
        assertThat(read("＝ 100 ％", "100").met()).isTrue();
        assertThat(read("≥98%", "90%").met()).isFalse();
        assertThat(read("≧90%", "96%").met()).isTrue();
    }

    @Test
    void tenThousandsConvert() {
        // 大竹 档案数字化页数 ≥16万页, 完成值 0; 五通桥 职业年金贴息成本 ＝302600元, 完成值 0.88万元
        assertThat(read("≥16万页", "0").met()).isFalse();
        assertThat(read("＝302600元", "0.88万元").met()).isFalse();
        assertThat(read("＝8800元", "0.88万元").met()).isTrue();
        assertThat(read("≤20万元", "76.97").met()).isFalse();
    }

    @Test
    void nothingIsGuessed() {
        assertThat(read("优良中差", "优良中差").met()).isNull();
        assertThat(read("定性：优良中低差", "优").met()).isNull();
        // a target without comparator: at least, or exactly?
        assertThat(read("5547人", "5433").met()).isNull();
        assertThat(read("5547人", "5433").target()).isEqualTo(new Quantity(null, new BigDecimal("5547"), "人"));
        // prose, or a different unit
        assertThat(read("≤31日", "20日之前").met()).isNull();
        assertThat(read("≤30个工作日", "两个月以上").met()).isNull();
        assertThat(read("≥95%", "95人").met()).isNull();
        // a bare fraction against a percentage could be 0.95 = 95 %
        assertThat(read("≥90%", "0.9").met()).isNull();
        assertThat(read("扩面11700人，缴费8653人", "扩面完成11700人，缴费人数8518人").target()).isNull();
    }

    @Test
    void anActualStatedAsABoundMeetsATargetOfTheSameDirection() {
        assertThat(read("≥32万人", "≥32万人").met()).isTrue();
        assertThat(read("≥90%", "≥80%").met()).isNull();
    }

    @Test
    void scoredFullNeedsWeightAndScore() {
        assertThat(IndicatorReading.of("≥98%", "97", new BigDecimal("15"), new BigDecimal("13")).scoredFull()).isFalse();
        assertThat(IndicatorReading.of("≥98%", "90%", new BigDecimal("3"), null).scoredFull()).isNull();
    }

    @Test
    void theTotalIsStatedOrTheSumOfBothPrintedParts() {
        var stated = ProjectScores.of(new BigDecimal("99.6"), new BigDecimal("100"), null, null, BigDecimal.TEN,
                new BigDecimal("9.8"));
        assertThat(stated).isEqualTo(new ProjectScores(new BigDecimal("99.6"), new BigDecimal("100"), ScoreBasis.STATED));
        var summed = ProjectScores.of(null, null, new BigDecimal("90"), new BigDecimal("87"), BigDecimal.TEN,
                new BigDecimal("9.99"));
        assertThat(summed).isEqualTo(new ProjectScores(new BigDecimal("96.99"), new BigDecimal("100"),
                ScoreBasis.SUM_OF_PARTS));
        // 五通桥: the indicator part is printed (90 of 90), the execution part's score is not told apart
        assertThat(ProjectScores.of(null, null, new BigDecimal("90"), new BigDecimal("90"), BigDecimal.TEN, null).basis())
                .isNull();
    }
}
