package org.kemu.report;

import java.util.List;

/** Staff figures as one report states them. */
public record Staff(Integer authorized, Integer actual, Integer retired, Integer contract, List<StaffCount> details,
                    String asOf, int year) {

    public record StaffCount(String label, int count) {
    }
}
