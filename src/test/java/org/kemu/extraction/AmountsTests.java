package org.kemu.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kemu.money.AmountUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit lines tables print above their amounts, as the extractor reads them (folded, as every line is). */
class AmountsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            单位：万元                 | WAN_YUAN
            金额单位：元               | YUAN
            （单位：万元）             | WAN_YUAN
            单位：人民币万元           | WAN_YUAN
            单位：人民币元             | YUAN
            单位: 万 元                | WAN_YUAN
            单位：元（保留两位小数）   | YUAN
            单位：千元                 | none
            单位：元宝山区             | none
            """)
    void unitLines(String line, AmountUnit unit) {
        assertThat(Amounts.declaredUnit(SourceText.fold(line))).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            单位：千元           | 千元
            金额单位：百万元     | 百万元
            单位：人民币亿元     | 亿元
            单位：万元           | none
            """)
    void unitLinesTheFormatHasNoPlaceFor(String line, String unit) {
        assertThat(Amounts.otherUnit(SourceText.fold(line))).isEqualTo(unit);
    }
}
