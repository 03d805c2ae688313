package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kemu.extraction.ExtractionFixtures.line;

/**
 * Column assignment on rows of the real disclosures, with the columns where the table's own header prints them.
 */
class ColumnAssignerTests {

    private static final String WANLI = "sh_putuo_wanli_jiedao_2024_dept_budget.txt";
    /** 支出决算表 of 普陀区财政局: six amount columns, most rows fill two or three. */
    private static final String CAIZHENGJU = "sh_putuo_caizhengju_2024_final.txt";

    @Test
    void readsARowThatFillsEveryColumnInOrder() {
        var firstRow = ExtractionFixtures.source(WANLI).line(budgetHeader().number() + 3);
        assertThat(firstRow.text()).startsWith("201             一般公共服务支出");

        var assignment = ColumnAssigner.assign(budgetColumns(), amounts(firstRow));

        assertThat(assignment.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ColumnRole.TOTAL, decimal("2932700"), ColumnRole.BASIC, decimal("0"),
                ColumnRole.PROJECT, decimal("2932700")));
    }

    @Test
    void putsTheAmountsOfAShortRowUnderTheColumnsTheyArePrintedUnder() {
        var assignment = ColumnAssigner.assign(financeBureauColumns(),
                amounts(inExpenditureTable("一般行政管理事务")));

        assertThat(assignment.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ColumnRole.TOTAL, decimal("10.00"), ColumnRole.PROJECT, decimal("10.00")));
    }

    @Test
    void readsAnAmountTheLayoutMovedToTheLineAboveWithItsRow() {
        var columns = financeBureauColumns();
        var printed = inExpenditureTable("201   06   01   行政运行");
        var row = new ArrayList<>(amounts(printed));
        row.addAll(amounts(ExtractionFixtures.source(CAIZHENGJU).line(printed.number() - 1)));
        row.sort(Comparator.comparingInt(Token::start));
        assertThat(row).extracting(Token::text).containsExactly("1,511.89", "1,503.52", "8.37");

        var assignment = ColumnAssigner.assign(columns, row);

        assertThat(assignment.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ColumnRole.TOTAL, decimal("1511.89"), ColumnRole.BASIC, decimal("1503.52"),
                ColumnRole.PROJECT, decimal("8.37")));
    }

    @Test
    void refusesARowWithMoreAmountsThanColumns() {
        var summaryRow = line(WANLI, "201             一般公共服务支出              2,932,700    2,932,700");
        assertThat(summaryRow.number()).as("a row of the 收入预算总表, before the table")
                .isLessThan(budgetHeader().number());

        assertThat(ColumnAssigner.assign(budgetColumns(), amounts(summaryRow))).isNull();
    }

    /** The header line of the 一般公共预算支出功能分类预算表: 合计, 基本支出, 项目支出. */
    private static SourceText.Line budgetHeader() {
        return line(WANLI, "功能分类科目名称    合计            基本支出       项目支出");
    }

    private static List<ColumnAssigner.Column> budgetColumns() {
        return columns(List.of(budgetHeader()));
    }

    /** The first line of the 支出决算表 that contains the snippet. */
    private static SourceText.Line inExpenditureTable(String snippet) {
        var source = ExtractionFixtures.source(CAIZHENGJU);
        var title = line(CAIZHENGJU, "  支出决算表");
        return source.lines().stream().skip(title.number()).filter(l -> l.text().contains(snippet)).findFirst()
                .orElseThrow();
    }

    /** The six amount columns of the 支出决算表, from its five header lines ("本年支出合" over "计" and so on). */
    private static List<ColumnAssigner.Column> financeBureauColumns() {
        var first = inExpenditureTable("项目");
        var source = ExtractionFixtures.source(CAIZHENGJU);
        var header = new ArrayList<SourceText.Line>();
        for (int n = first.number(); n < first.number() + 5; n++) {
            header.add(source.line(n));
        }
        var columns = columns(header);
        assertThat(columns).extracting(ColumnAssigner.Column::role).containsExactly(ColumnRole.TOTAL, ColumnRole.BASIC,
                ColumnRole.PROJECT, ColumnRole.PAYMENT_TO_SUPERIOR, ColumnRole.OPERATING,
                ColumnRole.SUBSIDY_TO_AFFILIATED);
        return columns;
    }

    private static List<ColumnAssigner.Column> columns(List<SourceText.Line> header) {
        return HeaderLabels.find(header, ColumnRole::of).stream()
                .map(label -> new ColumnAssigner.Column(label.tag(), label.end()))
                .toList();
    }

    /** The amounts of a row: the tokens after its name (all of them on a line of amounts only). */
    private static List<Token> amounts(SourceText.Line line) {
        var tokens = LineTokenizer.tokenize(line);
        var lastText = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isText()) {
                lastText = i;
            }
        }
        return tokens.subList(lastText + 1, tokens.size());
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
