package org.kemu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.kemu.money.AmountUnit;
import org.kemu.money.Money;

/**
 * An amount per staff member, computed one way wherever it is asked for (a report, a roll-up row): the amount
 * divided by the staff count of the chosen basis that the unit states for that year, rounded half-even to the
 * 分 in either unit. The staff count comes from the unit's reports of that year in a fixed order — 决算,
 * then 绩效自评, then 预算 — the first that states the basis. Without a value, {@code note} says why.
 */
public record PerStaff(BigDecimal amount, Integer staff, String note) {

    /** The order in which a unit-year's reports are asked for its staff: 决算, 绩效自评, 预算. */
    public static final Comparator<ReportKind> STAFF_SOURCE_ORDER = Comparator.comparingInt(kind -> switch (kind) {
        case FINAL_ACCOUNT -> 0;
        case PERFORMANCE -> 1;
        case BUDGET -> 2;
    });

    /** The staff figures stated for one unit-year, in {@link #STAFF_SOURCE_ORDER}. */
    public record StatedStaff(ReportKind kind, Staff staff) {
    }

    /**
     * @param fen      the amount to divide, null when there is none
     * @param stated   the staff figures of the unit's reports of that year (any order)
     * @param subject  what the amount is, for the note (e.g. "2024 本年支出合计")
     */
    public static PerStaff of(Long fen, AmountUnit unit, StaffBasis basis, List<StatedStaff> stated, String subject) {
        var ordered = stated.stream().sorted(Comparator.comparing(StatedStaff::kind, STAFF_SOURCE_ORDER)).toList();
        var count = ordered.stream().map(s -> basis.of(s.staff())).filter(Objects::nonNull).findFirst();
        if (count.isEmpty()) {
            var other = basis == StaffBasis.ACTUAL ? StaffBasis.AUTHORIZED : StaffBasis.ACTUAL;
            var otherCount = ordered.stream().map(s -> other.of(s.staff())).filter(Objects::nonNull).findFirst();
            return new PerStaff(null, null, "no " + basis.chineseName() + " (" + basis + ") is stated for this unit and year"
                    + otherCount.map(n -> "; its " + other.chineseName() + " (" + other + ") is " + n + ": ask with basis "
                    + other).orElse(", nor its " + other.chineseName() + " (" + other + ")"));
        }
        if (count.get() == 0) {
            return new PerStaff(null, 0, basis.chineseName() + " (" + basis + ") is stated as 0");
        }
        if (fen == null) {
            return new PerStaff(null, count.get(), "no amount of " + subject + " is stated");
        }
        var perStaffFen = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(count.get()), 0, RoundingMode.HALF_EVEN);
        return new PerStaff(Money.fromFen(perStaffFen.longValueExact(), unit), count.get(), null);
    }
}
