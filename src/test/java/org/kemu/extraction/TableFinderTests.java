package org.kemu.extraction;

import org.junit.jupiter.api.Test;
import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kemu.extraction.ExtractionFixtures.line;
import static org.kemu.extraction.ExtractionFixtures.source;

/** Table finding on the real disclosures in src/test/resources/extraction. */
class TableFinderTests {

    private static final String CAIZHENGJU = "sh_putuo_caizhengju_2024_final.txt";
    private static final String YANCHI = "001_b6243eb5bb848ade.txt";

    @Test
    void findsTheNineTablesOfAFinalAccountWithKindFundAndUnit() {
        var found = TableFinder.find(source(CAIZHENGJU), AmountUnit.WAN_YUAN);

        assertThat(found.tables()).extracting(FoundTable::title, FoundTable::kind, FoundTable::fund)
                .containsExactly(
                        tuple("收入支出决算总表", TableKind.SUMMARY, Fund.ALL),
                        tuple("收入决算表", TableKind.INCOME, Fund.ALL),
                        tuple("支出决算表", TableKind.FUNCTION, Fund.ALL),
                        tuple("财政拨款收入支出决算总表", TableKind.SUMMARY, Fund.FISCAL),
                        tuple("一般公共预算财政拨款支出决算表", TableKind.FUNCTION, Fund.GENERAL_PUBLIC_BUDGET),
                        tuple("一般公共预算财政拨款基本支出决算表", TableKind.ECONOMIC, Fund.GENERAL_PUBLIC_BUDGET),
                        tuple("财政拨款“三公”经费支出决算表", TableKind.THREE_PUBLIC, Fund.FISCAL),
                        tuple("政府性基金预算财政拨款收入支出决算表", TableKind.FUNCTION, Fund.GOV_FUND),
                        tuple("国有资本经营预算财政拨款收入支出决算表", TableKind.FUNCTION, Fund.STATE_CAPITAL));
        assertThat(found.tables()).allSatisfy(table -> {
            assertThat(table.unit()).isEqualTo(AmountUnit.WAN_YUAN);
            assertThat(table.unitNote()).as("every table prints 单位：万元").isNull();
        });
        assertThat(found.titlesWithoutBody()).as("the table of contents names the nine tables").isEqualTo(9);
    }

    @Test
    void aTableRunsToTheNextTitleOrToThePartAfterTheTables() {
        var text = source(CAIZHENGJU);
        var tables = TableFinder.find(text, AmountUnit.WAN_YUAN).tables();

        var expenditure = tables.get(2);
        assertThat(expenditure.titleLine()).isEqualTo(line(CAIZHENGJU, "  支出决算表").number());
        assertThat(expenditure.endLine()).isEqualTo(tables.get(3).titleLine());
        var last = tables.getLast();
        assertThat(text.line(last.endLine()).compact()).startsWith("第三部分");
    }

    @Test
    void namesATableWithTheNumberPrintedBesideItsTitle() {
        var tables = TableFinder.find(source(YANCHI), AmountUnit.YUAN).tables();

        assertThat(tables).extracting(FoundTable::name).startsWith("公开01表 收入支出决算总表", "公开02表 收入决算表",
                "公开03表 支出决算表");
    }

    @Test
    void assumesTheUnitOfTheTableBeforeWhenATableStatesNone() {
        var tables = TableFinder.find(source(YANCHI), AmountUnit.WAN_YUAN).tables();

        assertThat(tables.getFirst().unit()).as("金额单位：元 under the first table").isEqualTo(AmountUnit.YUAN);
        assertThat(tables.getLast().title()).isEqualTo("盐池县本级部门项目支出绩效自评表");
        assertThat(tables.getLast().unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(tables.getLast().unitNote()).isEqualTo("no unit line near the table; assumed 元 as stated for "
                + "the table before");
    }

    @Test
    void tellsTitlesFromNotesSentencesAndTableNumbers() {
        assertThat(TableFinder.isTitle(line(CAIZHENGJU, "三、支出决算表").compact())).isTrue();
        assertThat(TableFinder.isTitle(line(YANCHI, "公开 03 表").compact())).isFalse();
        assertThat(TableFinder.isTitle(line(YANCHI, "注：本表反映部门本年度各项支出情况。").compact())).isFalse();
        assertThat(TableFinder.isTitle(line("000_a720d495796a7aa4.txt", "下降 3.68%").compact())).isFalse();
    }
}
