package org.kemu.benchmark;

import java.util.List;

/**
 * The concrete arguments of the benchmark queries, chosen from the loaded data: a synthetic unit, its county and a
 * second county of the same province, a province that holds no real (seed) report, the latest year.
 */
record Parameters(String unitId, String unitName, String reportId, String countyA, String countyB, String province,
                  int year, List<Integer> years, String search) {

    /** The five years of a multi-year roll-up, ending with {@code year}. */
    int fromYear() {
        return years.getFirst();
    }
}
