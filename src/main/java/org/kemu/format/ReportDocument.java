package org.kemu.format;

import java.math.BigDecimal;
import java.util.List;

import org.kemu.report.Basis;
import org.kemu.report.Fund;

/**
 * One report in the kemu report format ({@code kemu-report/1}), as read from JSON. Field meanings are documented
 * in seed/README.md; amounts are exact decimals in the stated unit.
 */
public record ReportDocument(
        String format,
        UnitPart unit,
        Integer year,
        String kind,
        SourcePart source,
        String amountUnit,
        StaffPart staff,
        List<String> divisions,
        List<LinePart> lines,
        List<FigurePart> figures,
        List<ThreePublicPart> threePublic,
        List<CountPart> counts,
        List<GlossaryPart> glossary,
        List<ProjectPart> projects,
        List<String> notes,
        Boolean replaceEmpty) {

    public static final String FORMAT = "kemu-report/1";

    /** Whether the document may replace a stored version of its report that has lines with one that has none. */
    public boolean mayRemoveAllLines() {
        return Boolean.TRUE.equals(replaceEmpty);
    }

    public record UnitPart(String name, String regionCode, String supervisor, String type) {
    }

    public record SourcePart(String document, String title, String url, String note) {
    }

    public record StaffPart(Integer authorized, Integer actual, Integer retired, Integer contract,
                            List<StaffDetailPart> details, String asOf, String section, String note) {
    }

    public record StaffDetailPart(String label, Integer count) {
    }

    public record LinePart(String scheme, String code, String name, List<String> namePath, String fund,
                           BigDecimal total, BigDecimal basic, BigDecimal personnel, BigDecimal publicUse,
                           BigDecimal project, BigDecimal budgetInitial, BigDecimal budgetAdjusted,
                           String unit, String table, String note) {
    }

    /** {@code reason}: the reason a document gives for a stated change, verbatim (only with basis STATED_CHANGE). */
    public record FigurePart(String key, String label, BigDecimal amount, String fund, String basis, Integer year,
                             String unit, String table, String note, String reason) {

        /** The fund scope, {@code ALL} when the document does not say. */
        public Fund effectiveFund() {
            return fund == null ? Fund.ALL : Fund.valueOf(fund);
        }

        /** The basis, {@code ACTUAL} when the document does not say. */
        public Basis effectiveBasis() {
            return basis == null ? Basis.ACTUAL : Basis.valueOf(basis);
        }
    }

    public record ThreePublicPart(String item, String label, String fund, BigDecimal budget, BigDecimal actual,
                                  Integer batches, Integer people, Integer vehicles,
                                  List<ThreePublicDetailPart> details, String unit, String table, String note) {

        /** The fund scope, {@code FISCAL} (财政拨款) when the document does not say: the tables report that scope. */
        public Fund effectiveFund() {
            return fund == null ? Fund.FISCAL : Fund.valueOf(fund);
        }
    }

    public record ThreePublicDetailPart(String label, BigDecimal amount, Integer batches, Integer people,
                                        Integer vehicles, String unit, String note) {
    }

    public record CountPart(String key, String label, BigDecimal value, String unitLabel, Integer year,
                            String table, String note) {
    }

    public record GlossaryPart(String number, String term, String text) {
    }

    /**
     * The scores as the table prints them, kept apart: the budget-execution part ({@code executionWeight},
     * {@code executionScore}, {@code executionNote}: its weight, score and stated reason), the indicator part
     * ({@code indicatorWeight}, {@code indicatorScore}: the 绩效指标 sum row) and the total ({@code score} of
     * {@code maxScore}).
     */
    public record ProjectPart(String scope, String code, String name, String department, String implementer,
                              String period, BigDecimal budgetInitial, BigDecimal budgetAdjusted,
                              BigDecimal executed, String executionRate, BigDecimal executionWeight,
                              BigDecimal executionScore, String executionNote, BigDecimal indicatorWeight,
                              BigDecimal indicatorScore, BigDecimal score, BigDecimal maxScore,
                              List<ProjectFundPart> funds, String goal, String result,
                              List<IndicatorPart> indicators, String unit, String table, String note) {
    }

    public record ProjectFundPart(String label, BigDecimal budgetInitial, BigDecimal budgetAdjusted,
                                  BigDecimal executed, String executionRate) {
    }

    public record IndicatorPart(String category, String subcategory, String name, String target, String actual,
                                BigDecimal weight, BigDecimal score, String note) {
    }
}
