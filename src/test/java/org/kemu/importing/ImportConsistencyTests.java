package org.kemu.importing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/** Import-time consistency checks on the seed documents, computed without a database. */
class ImportConsistencyTests {

    @Test
    void theSeedDocumentsDisagreeWithThemselvesInTwoPlacesBeyondRounding() {
        var warnings = ReportRowsTests.seedDocuments()
                .flatMap(doc -> ImportConsistency.check("seed", ReportRows.of(doc, null).reportId(), doc).stream())
                .map(ImportProblem::message)
                .toList();
        assertThat(warnings).containsExactlyInAnyOrder(
                "BASIC_PLUS_PROJECT: 2024年本部门一般公共预算拨款支出预算 (GENERAL_PUBLIC_BUDGET BUDGET_ADJUSTED 2024): stated"
                        + " 2,753,000.00 元, 基本支出 + 项目支出 = 2,754,700.00 元 (difference 1,700.00 元, beyond rounding,"
                        + " under 0.5% of the total)",
                "BASIC_PLUS_PROJECT: 年度资金总额 全年执行数 (ALL ACTUAL 2024): stated 2,753,000.00 元, 一、部门基本支出 +"
                        + " 二、项目支出小计 = 2,838,700.00 元 (difference 85,700.00 元, beyond rounding)");
    }

    @Test
    void aLineWhoseChildrenDoNotAddUpIsAWarningNamingBothSums() {
        var doc = ReportRowsTests.seedDocuments().filter(d -> d.unit().name().startsWith("盐池")).findFirst().orElseThrow();
        var lines = doc.lines().stream().map(line -> "2080109".equals(line.code()) && "ALL".equals(line.fund())
                ? new ReportDocument.LinePart(line.scheme(), line.code(), line.name(), line.namePath(),
                        line.fund(), line.total().add(new BigDecimal("1000")), line.basic(), line.personnel(),
                        line.publicUse(), line.project(), line.budgetInitial(), line.budgetAdjusted(), line.unit(),
                        line.table(), line.note())
                : line).toList();
        var changed = new ReportDocument(doc.format(), doc.unit(), doc.year(), doc.kind(), doc.source(),
                doc.amountUnit(), doc.staff(), doc.divisions(), lines, doc.figures(), doc.threePublic(), doc.counts(),
                null, doc.projects(), doc.notes(), doc.replaceEmpty());
        var warnings = ImportConsistency.check("yanchi.json", "r", changed);
        assertThat(warnings).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("PARENT_EQUALS_CHILDREN: 20801").contains("(ALL)"))
                .anySatisfy(m -> assertThat(m).startsWith("BASIC_PLUS_PROJECT: 2080109"));
    }
}
