package org.kemu.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

    @Test
    void wanYuanConvertsToFenExactly() {
        assertThat(Money.toFen(new BigDecimal("736.09"), AmountUnit.WAN_YUAN)).isEqualTo(736_090_000L);
        assertThat(Money.fromFen(736_090_000L, AmountUnit.YUAN)).isEqualTo(new BigDecimal("7360900.00"));
        assertThat(Money.fromFen(736_090_000L, AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("736.09"));
        assertThat(Money.fromFen(848_900_000L, AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("848.90"));
    }

    @Test
    void yuanKeepsItsCents() {
        assertThat(Money.toFen(new BigDecimal("1801947.97"), AmountUnit.YUAN)).isEqualTo(180_194_797L);
        assertThat(Money.fromFen(123_456L, AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("0.123456"));
    }

    @Test
    void amountsFinerThanAFenAreRefused() {
        assertThatThrownBy(() -> Money.toFen(new BigDecimal("1.001"), AmountUnit.YUAN))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void absentStaysAbsent() {
        assertThat(Money.fromFen(null, AmountUnit.YUAN)).isNull();
    }
}
