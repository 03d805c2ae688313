package org.kemu.extraction;

import java.util.List;
import java.util.regex.Pattern;

/** What the lines inside a table are: rows, wrapped text, repeated headers, page numbers, notes. */
final class TableRows {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*\\d{1,3}\\s*-|第\\d{1,3}页(?:共\\d+页)?|\\d{1,3}/\\d{1,3})$");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:其中[:：]|[一二三四五六七八九十]+[、.]|\\(?[一二三四五六七八九十]+\\)|\\(?\\d{1,2}\\)|\\d{1,2}[、.．](?!\\d))+");
    private static final List<String> HEADER_WORDS = List.of("项目", "科目编码", "科目代码", "科目名称", "栏次", "功能分类",
            "经济分类", "编制部门", "编制单位", "部门名称", "单位名称", "行次", "金额单位", "单位:");
    private static final List<String> TOTAL_LABELS = List.of("合计", "总计", "本年支出合计", "支出合计", "本年合计");

    /** What a document prints in or under a table that holds nothing. */
    private static final Pattern EMPTY_STATEMENT = Pattern.compile(
            "此表为空|空表|本表无数据|无数据|本(?:单位|部门)(?:无|没有|不涉及)|无相关(?:收支|支出|收入|数据|项目)|不涉及");

    private TableRows() {
    }

    /**
     * Why a table is empty, as the document says it ("此表为空", "本部门无相关收支项目") or shows it (no amount in any
     * row), or null when it holds amounts.
     */
    static String emptyStatement(SourceText text, FoundTable table) {
        var anyAmount = false;
        var header = false;
        for (int n = table.firstBodyLine(); n < table.endLine(); n++) {
            var line = text.line(n);
            var statement = EMPTY_STATEMENT.matcher(line.compact());
            if (statement.find()) {
                return "the document says “" + line.compact() + "”";
            }
            var tokens = LineTokenizer.tokenize(line);
            anyAmount |= tokens.stream().anyMatch(t -> t.isNumber() && !t.isPlainDigits());
            header |= isHeader(line, tokens) || line.compact().contains("金额") || line.compact().contains("合计");
        }
        // a table's header with no amount under it; a title in a table of contents has neither
        return anyAmount || !header ? null : "a header and no amount in any of its rows";
    }

    /** Whether any line of the table's body holds an amount. */
    static boolean hasAmounts(SourceText text, FoundTable table) {
        for (int n = table.firstBodyLine(); n < table.endLine(); n++) {
            if (LineTokenizer.tokenize(text.line(n)).stream().anyMatch(t -> t.isNumber() && !t.isPlainDigits())) {
                return true;
            }
        }
        return false;
    }

    /** A page number printed between two pages of a table. */
    static boolean isPageNumber(SourceText text, SourceText.Line line, List<Token> tokens) {
        var compact = line.compact();
        if (PAGE_NUMBER.matcher(compact).matches()) {
            return true;
        }
        if (tokens.size() != 1 || !tokens.getFirst().isPlainDigits() || compact.length() > 3) {
            return false;
        }
        for (int n = Math.max(1, line.number() - 2); n <= Math.min(text.size(), line.number() + 2); n++) {
            if (text.line(n).page() != line.page()) {
                return true;
            }
        }
        return false;
    }

    /** A header line (first or repeated after a page break): header words and no amounts. */
    static boolean isHeader(SourceText.Line line, List<Token> tokens) {
        if (tokens.stream().anyMatch(t -> t.isNumber() && !t.isPlainDigits())) {
            return false;
        }
        var compact = line.compact();
        if (compact.startsWith("类款") || compact.equals("类") || compact.contains("(续)") || compact.endsWith("续表")) {
            return true;
        }
        return HEADER_WORDS.stream().anyMatch(compact::contains);
    }

    /** The unit line ("单位：万元", "单位：盐池县…", "编制部门：…") or the "公开03表" number: neither header nor row. */
    static boolean isUnitOrMarker(SourceText.Line line) {
        var compact = line.compact();
        return Amounts.declaredUnit(line.folded()) != null || compact.matches("^(?:公开|附表)?\\d+表$")
                || compact.matches("^(?:金额)?(?:单位|编制部门|编制单位|部门名称|单位名称|预算单位|部门)(?:\\(盖章\\))?:.*");
    }

    static boolean isNote(SourceText.Line line) {
        var compact = line.compact();
        return compact.startsWith("注:") || compact.startsWith("注：") || compact.startsWith("说明:");
    }

    static boolean isTotalLabel(String compact) {
        return TOTAL_LABELS.contains(compact);
    }

    /** A printed name without the "一、", "1.", "（一）", "其中：" in front of it (folding only to find them). */
    static String stripOrdinal(String name) {
        var ordinal = ORDINAL.matcher(SourceText.fold(name));
        return ordinal.lookingAt() ? name.substring(ordinal.end()) : name;
    }
}
