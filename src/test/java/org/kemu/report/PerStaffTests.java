package org.kemu.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.money.AmountUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one per-staff computation, on the staff figures the seed documents state. */
class PerStaffTests {

    private static Staff staff(Integer authorized, Integer actual) {
        return new Staff(authorized, actual, null, null, List.of(), null, 2024);
    }

    @Test
    void takesTheStaffOfTheFinalAccountFirstThenTheSelfEvaluation() {
        // 攀枝花 states 61 编制 and 58 实有 in its 2024 绩效自评; its 决算 states none
        var stated = List.of(new PerStaff.StatedStaff(ReportKind.PERFORMANCE, staff(61, 58)),
                new PerStaff.StatedStaff(ReportKind.FINAL_ACCOUNT, staff(null, null)));
        assertThat(PerStaff.of(1_482_050_000L, AmountUnit.YUAN, StaffBasis.ACTUAL, stated, "TOTAL").amount())
                .isEqualTo(new BigDecimal("255525.86"));
        assertThat(PerStaff.of(1_482_050_000L, AmountUnit.YUAN, StaffBasis.AUTHORIZED, stated, "TOTAL").amount())
                .isEqualTo(new BigDecimal("242959.02"));
        var both = List.of(new PerStaff.StatedStaff(ReportKind.PERFORMANCE, staff(null, 1)),
                new PerStaff.StatedStaff(ReportKind.FINAL_ACCOUNT, staff(null, 2)));
        assertThat(PerStaff.of(100L, AmountUnit.YUAN, StaffBasis.ACTUAL, both, "TOTAL").staff()).isEqualTo(2);
    }

    @Test
    void saysWhyThereIsNone() {
        // 盐池 states only its 12 编制
        var yanchi = List.of(new PerStaff.StatedStaff(ReportKind.FINAL_ACCOUNT, staff(12, null)));
        var none = PerStaff.of(180_194_797L, AmountUnit.YUAN, StaffBasis.ACTUAL, yanchi, "2080109");
        assertThat(none.amount()).isNull();
        assertThat(none.note()).contains("实有在编人数").contains("编制数").contains("12").contains("AUTHORIZED");
        assertThat(PerStaff.of(180_194_797L, AmountUnit.YUAN, StaffBasis.AUTHORIZED, yanchi, "2080109").amount())
                .isEqualTo(new BigDecimal("150162.33"));
        assertThat(PerStaff.of(100L, AmountUnit.YUAN, StaffBasis.ACTUAL, List.of(), "TOTAL").note())
                .contains("nor its 编制数");
        assertThat(PerStaff.of(null, AmountUnit.YUAN, StaffBasis.AUTHORIZED, yanchi, "2080109").note())
                .contains("2080109");
    }

    @Test
    void keepsTheScaleOfTenThousands() {
        var one = List.of(new PerStaff.StatedStaff(ReportKind.FINAL_ACCOUNT, staff(null, 3)));
        assertThat(PerStaff.of(100_000_000L, AmountUnit.WAN_YUAN, StaffBasis.ACTUAL, one, "TOTAL").amount())
                .isEqualTo(new BigDecimal("33.333333"));
    }
}
