package org.kemu.rollup;

import org.kemu.report.StaffBasis;

/** How a roll-up's rows are computed and cut: the staff count per-staff figures divide by, the order, top N. */
public record RollupOptions(StaffBasis perStaffBasis, RollupOrder orderBy, Integer first) {

    public RollupOptions {
        perStaffBasis = perStaffBasis == null ? StaffBasis.ACTUAL : perStaffBasis;
        orderBy = orderBy == null ? RollupOrder.SUBJECT : orderBy;
    }
}
