package org.kemu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;

/**
 * Two files of one report — 江苏省高级人民法院's 2019 预算 as a full document (万元) and as a table file — made into
 * one report whose disagreements are noted, with amounts from its 公开07表.
 */
class OverlapMergeTests {

    @Test
    void theFilesAddWhatTheLeadLacksAndAgreeWithinTheRoundingOfWanYuan() {
        var document = report("万元", List.of(line("221", "7344.46"), line("22102", "7344.46")), "513.75");
        var tables = report("元", List.of(line("221", "73444600.00"), line("2210201", "18793600.00")), "5137500.00");

        var merged = OverlapMerge.merge(List.of(new OverlapMerge.Part("gaoyuan_document.txt", document),
                new OverlapMerge.Part("gaoyuan_tables.txt", tables)));

        assertThat(merged.disagreements()).isEmpty();
        assertThat(merged.report().lines()).extracting(ReportDocument.LinePart::code)
                .containsExactly("221", "22102", "2210201");
        var added = merged.report().lines().get(2);
        assertThat(added.total()).isEqualByComparingTo("18793600.00");
        assertThat(added.unit()).isEqualTo("元");
        assertThat(merged.report().amountUnit()).isEqualTo("万元");
        assertThat(merged.report().source().document()).isEqualTo("gaoyuan_document.txt + gaoyuan_tables.txt");
        assertThat(merged.report().notes()).isNull();
    }

    @Test
    void anAmountTheFilesStateDifferentlyIsADisagreementNotASecondLine() {
        var document = report("万元", List.of(line("221", "7344.46"), line("2210201", "1879.36")), "513.75");
        var tables = report("万元", List.of(line("2210201", "1879.46")), "513.75");

        var merged = OverlapMerge.merge(List.of(new OverlapMerge.Part("a.txt", document),
                new OverlapMerge.Part("b.txt", tables)));

        assertThat(merged.report().lines()).hasSize(2);
        assertThat(merged.report().lines().get(1).total()).isEqualByComparingTo("1879.36");
        assertThat(merged.disagreements()).containsExactly(
                "FUNCTION 2210201 GENERAL_PUBLIC_BUDGET total: 1879.36 万元 in a.txt, 1879.46 万元 in b.txt");
        assertThat(merged.report().notes()).singleElement().asString().contains("disagree on 1 amount(s)");
    }

    private static ReportDocument report(String unit, List<ReportDocument.LinePart> lines, String threePublic) {
        return new ReportDocument(ReportDocument.FORMAT, new ReportDocument.UnitPart("江苏省高级人民法院", "32", null, null),
                2019, "BUDGET", new ReportDocument.SourcePart("x", "江苏省高级人民法院2019年度部门预算", null, null), unit,
                null, null, lines, List.of(), List.of(new ReportDocument.ThreePublicPart("TOTAL", "“三公”经费合计", "FISCAL",
                new BigDecimal(threePublic), null, null, null, null, null, null, null, null)), null, null, null, null,
                null);
    }

    private static ReportDocument.LinePart line(String code, String total) {
        return new ReportDocument.LinePart("FUNCTION", code, null, null, "GENERAL_PUBLIC_BUDGET", new BigDecimal(total),
                null, null, null, null, null, null, null, null, null);
    }
}
