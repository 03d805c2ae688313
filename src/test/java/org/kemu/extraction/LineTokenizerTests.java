package org.kemu.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kemu.extraction.ExtractionFixtures.line;
import static org.kemu.extraction.Token.Kind.BLANK;
import static org.kemu.extraction.Token.Kind.NUMBER;
import static org.kemu.extraction.Token.Kind.TEXT;

/** The tokenizer on lines of the real disclosures in src/test/resources/extraction. */
class LineTokenizerTests {

    private static final String WANLI = "sh_putuo_wanli_jiedao_2024_dept_budget.txt";
    private static final String CAIZHENGJU = "sh_putuo_caizhengju_2024_final.txt";
    private static final String YANCHI = "001_b6243eb5bb848ade.txt";

    @Test
    void splitsARowIntoCodePartsNameAndGroupedAmounts() {
        var tokens = LineTokenizer.tokenize(line(WANLI, "201   05   07   专项普查活动"));

        assertThat(tokens).extracting(Token::kind, Token::text).containsExactly(
                tuple(NUMBER, "201"), tuple(NUMBER, "05"), tuple(NUMBER, "07"), tuple(TEXT, "专项普查活动"),
                tuple(NUMBER, "257,700"), tuple(NUMBER, "257,700"), tuple(NUMBER, "0"), tuple(NUMBER, "0"),
                tuple(NUMBER, "0"));
        assertThat(tokens.get(4).value()).isEqualByComparingTo("257700");
        assertThat(tokens.subList(0, 3)).allMatch(Token::isPlainDigits);
        assertThat(tokens.get(4).isPlainDigits()).as("grouped digits are an amount, not a code").isFalse();
    }

    @Test
    void joinsAHeadingSpreadOverItsColumn() {
        var tokens = LineTokenizer.tokenize(line("js_gaoyuan_2019_dept_budget.txt", "合   计"));

        assertThat(tokens).extracting(Token::kind, Token::compact)
                .containsExactly(tuple(TEXT, "合计"), tuple(NUMBER, "0"));
    }

    @Test
    void keepsLetterSpacedLabelsWholeAndTheirPrintedBrackets() {
        var tokens = LineTokenizer.tokenize(line(CAIZHENGJU, "因 公 出 国 （ 境 ） 费"));

        assertThat(tokens).extracting(Token::kind, Token::text)
                .startsWith(tuple(NUMBER, "301"), tuple(NUMBER, "13"), tuple(NUMBER, "302"));
        var label = tokens.getLast();
        assertThat(label.compact()).isEqualTo("因公出国(境)费");
        assertThat(label.printedCompact()).isEqualTo("因公出国（境）费");
    }

    @Test
    void leavesSingleCharactersOfNeighbouringHeaderCellsApart() {
        var tokens = LineTokenizer.tokenize(line(CAIZHENGJU, "科目名称       计"));

        assertThat(tokens).extracting(Token::compact).containsExactly("科目名称", "计", "出", "出", "出");
    }

    @Test
    void givesEachTabSeparatedCellItsOwnBlockOfPositions() {
        var tokens = LineTokenizer.tokenize(line(YANCHI, "一、一般公共预算财政拨款收入\t1\t12,984,142.90"));

        assertThat(tokens).extracting(Token::kind, Token::text, Token::start).containsExactly(
                tuple(TEXT, "一、一般公共预算财政拨款收入", 0),
                tuple(NUMBER, "1", LineTokenizer.TAB_CELL_WIDTH),
                tuple(NUMBER, "12,984,142.90", 2 * LineTokenizer.TAB_CELL_WIDTH),
                tuple(TEXT, "一、一般公共服务支出", 3 * LineTokenizer.TAB_CELL_WIDTH),
                tuple(NUMBER, "31", 4 * LineTokenizer.TAB_CELL_WIDTH),
                tuple(NUMBER, "0.00", 5 * LineTokenizer.TAB_CELL_WIDTH));
        assertThat(tokens.get(2).value()).isEqualByComparingTo(new BigDecimal("12984142.90"));
    }

    @Test
    void readsDashesAsEmptyCells() {
        var tokens = LineTokenizer.tokenize(line(YANCHI, "其中：当年财政拨款\t\t665.64"));

        assertThat(tokens).extracting(Token::kind).containsExactly(TEXT, NUMBER, NUMBER, NUMBER, BLANK, NUMBER, BLANK);
        assertThat(tokens.get(4).value()).isNull();
    }

    /** Negative amounts as accounting prints them, in brackets, or with a minus sign; a bracketed ordinal is text. */
    @Test
    void readsNegativeAmountsInBracketsOrWithAMinusSign() {
        var tokens = LineTokenizer.tokenize(SourceText.of(
                "年末结转和结余    (1,234.50)    （56.70）    \u221289.10    (1)其他").lines().getFirst());

        assertThat(tokens).filteredOn(token -> token.kind() == NUMBER).extracting(Token::value).containsExactly(
                new BigDecimal("-1234.50"), new BigDecimal("-56.70"), new BigDecimal("-89.10"), BigDecimal.ONE);
        assertThat(tokens.get(2).printed()).isEqualTo("（56.70）");
    }

    @Test
    void foldsFullWidthPunctuationButKeepsPercentagesAsText() {
        var tokens = LineTokenizer.tokenize(line("000_a720d495796a7aa4.txt", "下降 3.68%"));

        assertThat(tokens).extracting(Token::kind, Token::text).containsExactly(
                tuple(TEXT, "度相比,收入、支出总计各减少"), tuple(NUMBER, "32.47"), tuple(TEXT, "万元,下降"),
                tuple(TEXT, "3.68%"), tuple(TEXT, "。"));
        assertThat(tokens.getFirst().printed()).isEqualTo("度相比，收入、支出总计各减少");
    }
}
