package org.kemu.report;

import java.util.List;

/** One item of the 三公经费, budget and actual in 分. */
public record ThreePublicItem(String item, String label, Fund fund, Long budgetFen, Long actualFen, Integer batches,
                              Integer people, Integer vehicles, List<Detail> details, Source source) {

    public record Detail(String label, Long amountFen, Integer batches, Integer people) {
    }
}
