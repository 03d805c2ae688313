package org.kemu.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kemu.report.Basis;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * Reads headline totals from the explanatory text ("2024年度收入、支出总计均为848.90万元", "本年支出合计848.9万元，
 * 其中：基本支出448.54万元…", "机关运行经费支出54.09万元"): a label immediately followed by its amount. A label
 * printed after 一般公共预算财政拨款 or 财政拨款 speaks about those funds.
 */
final class ProseFigureReader {

    private record Label(Pattern pattern, String key, boolean inPerformanceReports) {
    }

    private static final Set<String> CHANGE_WORDS = Set.of("减少", "增加", "下降", "增长", "节约", "超支",
            "压减", "调减", "调增");
    private static final String THEN = "(?:均|各|共|合计)?(?:为|是|:)?\\s*";
    private static final String FUND = "(一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:财政拨款)?|国有资本经营(?:预算)?(?:财政拨款)?|财政拨款)?";

    private static final List<Label> LABELS = List.of(
            label(FUND + "收(?:入)?、?支(?:出)?(?:决算|预算)?总(?:计|预算)" + THEN, "GRAND_TOTALS", true),
            label(FUND + "收入(?:决算|预算)?总计" + THEN, "INCOME_GRAND_TOTAL", true),
            label(FUND + "支出(?:决算|预算)?总计" + THEN, "EXPENDITURE_GRAND_TOTAL", true),
            label("(?:本年|当年)?收入(?:预算)?合计" + THEN, "INCOME_TOTAL", true),
            label("决算报表中本年收入" + THEN, "INCOME_TOTAL", true),
            label("年初预算收入" + THEN, "INCOME_TOTAL_INITIAL", true),
            label("(?:本年|当年)?支出(?:预算)?合计" + THEN, "EXPENDITURE_TOTAL", true),
            label("决算报表中本年支出" + THEN, "EXPENDITURE_TOTAL", true),
            label("年初预算支出" + THEN, "EXPENDITURE_TOTAL_INITIAL", true),
            label("一般公共预算财政拨款收入" + THEN, "INCOME_GENERAL_PUBLIC_BUDGET", false),
            label("政府性基金预算财政拨款收入" + THEN, "INCOME_GOV_FUND", false),
            label("国有资本经营预算财政拨款收入" + THEN, "INCOME_STATE_CAPITAL", false),
            label("(?<!预算)财政拨款收入" + THEN, "INCOME_FISCAL", false),
            label("上级补助收入" + THEN, "INCOME_SUPERIOR_SUBSIDY", false),
            label("事业收入" + THEN, "INCOME_BUSINESS", false),
            label("经营收入" + THEN, "INCOME_OPERATING", false),
            label("附属单位上缴收入" + THEN, "INCOME_AFFILIATED", false),
            label("其他收入" + THEN, "INCOME_OTHER", false),
            label(FUND + "基本支出(?:决算|预算)?(?:数)?" + THEN, "EXPENDITURE_BASIC", false),
            label("项目支出(?:决算|预算)?(?:数)?" + THEN, "EXPENDITURE_PROJECT", false),
            label("上缴上级支出" + THEN, "PAYMENT_TO_SUPERIOR", false),
            label("经营支出" + THEN, "EXPENDITURE_OPERATING", false),
            label("对附属单位补助支出" + THEN, "SUBSIDY_TO_AFFILIATED", false),
            label("(一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款)支出(?:决算)?(?:数)?" + THEN,
                    "EXPENDITURE_TOTAL_OF_FUND", false),
            label("人员经费" + THEN, "EXPENDITURE_PERSONNEL", false),
            label("(?<!日常)公用经费" + THEN, "EXPENDITURE_PUBLIC_USE", false),
            label("机关运行经费(?:支出)?(?:预算)?" + THEN, "OPERATING_EXPENSES", false),
            label("政府采购(?:支出|预算)?(?:总额|总金额|金额)(?:\\(以合同签订为准\\))?" + THEN, "PROCUREMENT_TOTAL", false),
            label("政府采购货物(?:支出|预算)?" + THEN, "PROCUREMENT_GOODS", false),
            label("政府采购工程(?:支出|预算)?" + THEN, "PROCUREMENT_WORKS", false),
            label("政府采购服务(?:支出|预算)?" + THEN, "PROCUREMENT_SERVICES", false),
            label("授予中小企业合同金额" + THEN, "PROCUREMENT_SME", false),
            label("授予小微企业合同金额" + THEN, "PROCUREMENT_SMALL_MICRO", false));

    private static Label label(String pattern, String key, boolean inPerformanceReports) {
        return new Label(Pattern.compile(pattern + ProseContext.AMOUNT), key, inPerformanceReports);
    }

    Reading read(ProseText prose, ReportKind kind) {
        var text = prose.text();
        var reading = new Reading("正文 (prose)", ReadingKind.PROSE, null, prose.lineAt(0), prose.lineAt(text.length()),
                null, null);
        var basis = Basis.statedBy(kind);
        var seen = new HashSet<String>();
        for (var label : LABELS) {
            if (kind == ReportKind.PERFORMANCE && !label.inPerformanceReports()) {
                continue;
            }
            var matcher = label.pattern().matcher(text);
            while (matcher.find()) {
                if (isChange(text, matcher.start())) {
                    continue;
                }
                var amountGroup = matcher.groupCount() - 1;
                var value = Amounts.parse(matcher.group(amountGroup));
                var unit = ProseContext.unit(matcher.group(amountGroup + 1));
                var fundWord = matcher.groupCount() > 2 ? matcher.group(1) : null;
                var fund = fundWord == null || fundWord.isEmpty() ? Fund.ALL : ProseContext.fundOf(fundWord);
                var line = prose.lineAt(matcher.start());
                var printed = matcher.group().substring(0, matcher.start(amountGroup) - matcher.start());
                for (var key : keys(label.key())) {
                    var keyBasis = label.key().endsWith("_INITIAL") ? Basis.BUDGET_INITIAL : basis;
                    var keyFund = label.key().equals("EXPENDITURE_PERSONNEL")
                            || label.key().equals("EXPENDITURE_PUBLIC_USE") ? Fund.GENERAL_PUBLIC_BUDGET : fund;
                    if (seen.add(key + "/" + keyFund + "/" + keyBasis)) {
                        reading.figures().add(new FoundFigure(key, printed, value, keyFund, keyBasis, unit, "正文",
                                line));
                        reading.read();
                    }
                }
            }
        }
        return reading;
    }

    /** "减少项目支出11300万元": an amount a change is stated in, not the figure. */
    private static boolean isChange(String text, int start) {
        var before = text.substring(Math.max(0, start - 2), start);
        return CHANGE_WORDS.contains(before);
    }

    private static List<String> keys(String key) {
        return switch (key) {
            case "GRAND_TOTALS" -> List.of("INCOME_GRAND_TOTAL", "EXPENDITURE_GRAND_TOTAL");
            case "INCOME_TOTAL_INITIAL" -> List.of("INCOME_TOTAL");
            case "EXPENDITURE_TOTAL_INITIAL", "EXPENDITURE_TOTAL_OF_FUND" -> List.of("EXPENDITURE_TOTAL");
            default -> List.of(key);
        };
    }
}
