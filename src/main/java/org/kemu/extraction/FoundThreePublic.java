package org.kemu.extraction;

import java.math.BigDecimal;

import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;

/** One “三公” item as a table or passage states it: budget, actual, or both. */
record FoundThreePublic(ThreePublic item, Fund fund, BigDecimal budget, BigDecimal actual, AmountUnit unit,
                        String source, int lineNumber) {

    /** The items of the format, with the words that name them in headers and sentences. */
    enum ThreePublic {
        TOTAL("“三公”经费合计"),
        OUTBOUND("因公出国（境）费"),
        VEHICLE_TOTAL("公务用车购置及运行维护费"),
        VEHICLE_PURCHASE("公务用车购置费"),
        VEHICLE_OPERATION("公务用车运行维护费"),
        RECEPTION("公务接待费");

        private final String label;

        ThreePublic(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
