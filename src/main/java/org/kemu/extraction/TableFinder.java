package org.kemu.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.kemu.money.AmountUnit;

/**
 * Locates the tables of a disclosure by their titles ("支出决算表", "2024年部门支出预算总表", "财政拨款支出预算表（功能
 * 科目）"), with the "公开03表" number printed next to them. A table runs to the next title, to a part heading, or to
 * the first line of running prose. Titles with no body (a table of contents, a heading for an omitted table) are
 * counted but yield no table.
 */
final class TableFinder {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\(?[一二三四五六七八九十]+\\)|\\d+[、.．]|附表[\\d-]*[:：]?"
                    + "|表[\\d一二三四五六七八九十]+[:：、]?|公开\\d+表[:：]?)");
    private static final Pattern TITLE_END = Pattern.compile(".*表(?:\\([^)]{1,10}\\))?$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:公开|附表)?\\d+表$|^附表\\d+$");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十\\d]+部分");
    /** A heading of the explanatory part ("二、其他说明"); a summary table's "二、外交支出" is none. */
    private static final Pattern SECTION_HEADING =
            Pattern.compile("^[一二三四五六七八九十]+、.{0,30}(?:说明|情况|概况|职能|设置|解释)$");
    /** A title that starts with its own number: "公开01表：收支预算总表". */
    private static final Pattern OWN_NUMBER = Pattern.compile("^((?:公开|附表)\\d+表)[:：]");
    /** The first half of a title broken over two lines: the table's number and the start of its name. */
    private static final Pattern TITLE_START = Pattern.compile("^(?:公开\\d+表|附表\\d+|表\\d+)[:：].{2,}");
    private static final List<String> TITLE_WORDS = List.of("决算", "预算", "收支", "支出", "收入", "三公");
    private static final int MARKER_DISTANCE = 3;
    private static final int UNIT_SEARCH_LINES = 10;

    private TableFinder() {
    }

    record Result(List<FoundTable> tables, int titlesWithoutBody) {
    }

    static Result find(SourceText text, AmountUnit documentUnit) {
        var titleLines = new ArrayList<Integer>();
        var titles = new HashMap<Integer, String>();
        for (var line : text.lines()) {
            if (isTitle(line.compact())) {
                var start = brokenTitleStart(text, line.number());
                var number = start == null ? line.number() : start.number();
                if (titleLines.isEmpty() || titleLines.getLast() != number) {
                    titleLines.add(number);
                }
                titles.put(number, (start == null ? "" : start.compact()) + line.compact());
            }
        }
        var tables = new ArrayList<FoundTable>();
        var empty = 0;
        AmountUnit lastUnit = null;
        for (int i = 0; i < titleLines.size(); i++) {
            var titleLine = titleLines.get(i);
            var limit = i + 1 < titleLines.size() ? titleLines.get(i + 1) : text.size() + 1;
            var end = bodyEnd(text, titleLine, limit);
            var title = titles.get(titleLine);
            if (!hasBody(text, titleLine, end)) {
                empty++;
                continue;
            }
            var stated = statedUnit(text, titleLine, end);
            var otherUnit = stated == null ? otherUnit(text, titleLine, end) : null;
            AmountUnit unit;
            String unitNote;
            if (stated != null) {
                unit = stated;
                unitNote = null;
            } else if (lastUnit != null) {
                unit = lastUnit;
                unitNote = "no unit line near the table; assumed " + unit.label() + " as stated for the table before";
            } else {
                unit = documentUnit;
                unitNote = "no unit line near the table; assumed " + unit.label() + ", the unit the text uses most";
            }
            if (otherUnit == null) {
                lastUnit = unit;
            }
            var bare = ORDINAL.matcher(title).replaceFirst("");
            var ownNumber = OWN_NUMBER.matcher(title);
            var marker = ownNumber.lookingAt() ? ownNumber.group(1) : marker(text, titleLine);
            var name = marker == null ? bare : marker + " " + bare;
            var kind = otherUnit != null ? TableKind.OTHER : TableKind.ofTitle(bare);
            var notRead = otherUnit != null
                    ? "its amounts are in " + otherUnit + ", which kemu does not read (元 and 万元 only)"
                    : kind == TableKind.OTHER ? TableKind.notReadBecause(bare) : null;
            tables.add(new FoundTable(bare, name, kind, TableKind.fundOfTitle(bare), titleLine, end, unit, unitNote,
                    notRead));
        }
        return new Result(tables, empty);
    }

    static boolean isTitle(String compact) {
        if (compact.length() < 4 || compact.length() > 50 || compact.startsWith("注") || compact.contains("续")
                || PART_HEADING.matcher(compact).find()) {
            return false;
        }
        if (compact.contains("。") || compact.contains("，") || compact.contains(",") || compact.contains(";")
                || compact.contains("；") || compact.contains("…") || compact.contains("详见") || compact.contains("反映")) {
            return false;
        }
        var bare = ORDINAL.matcher(compact).replaceFirst("");
        return TITLE_END.matcher(bare).matches() && TITLE_WORDS.stream().anyMatch(bare::contains)
                && !TABLE_NUMBER.matcher(bare).matches();
    }

    /**
     * The line a title broken over two lines starts on ("公开 09 表：一般公共预算“三公”经费、会议费、培训费" above
     * "支出预算表"), or null when the title is whole.
     */
    private static SourceText.Line brokenTitleStart(SourceText text, int titleLine) {
        for (int n = titleLine - 1; n >= Math.max(1, titleLine - 2); n--) {
            var line = text.line(n);
            if (line.isBlank()) {
                continue;
            }
            var compact = line.compact();
            return TITLE_START.matcher(compact).matches() && !isTitle(compact) ? line : null;
        }
        return null;
    }

    private static int bodyEnd(SourceText text, int titleLine, int limit) {
        for (int n = titleLine + 1; n < limit; n++) {
            var compact = text.line(n).compact();
            if (PART_HEADING.matcher(compact).find() || SECTION_HEADING.matcher(compact).matches() || isProse(compact)) {
                return n;
            }
        }
        return limit;
    }

    /** Running prose: a full sentence, not a table note. */
    private static boolean isProse(String compact) {
        return compact.length() > 25 && compact.contains("。") && !compact.startsWith("注");
    }

    /** Anything after the title besides blank lines, notes, numbers and unit lines. */
    private static boolean hasBody(SourceText text, int titleLine, int end) {
        for (int n = titleLine + 1; n < end; n++) {
            var compact = text.line(n).compact();
            if (!compact.isEmpty() && !TABLE_NUMBER.matcher(compact).matches() && Amounts.declaredUnit(compact) == null
                    && !compact.startsWith("注")) {
                return true;
            }
        }
        return false;
    }

    /** A unit other than 元 and 万元 on the lines after the title where the unit line stands ("单位：千元"). */
    private static String otherUnit(SourceText text, int titleLine, int end) {
        for (int n = titleLine + 1; n < Math.min(end, titleLine + 1 + UNIT_SEARCH_LINES); n++) {
            var unit = Amounts.otherUnit(text.line(n).folded());
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    private static AmountUnit statedUnit(SourceText text, int titleLine, int end) {
        for (int n = titleLine + 1; n < Math.min(end, titleLine + 1 + UNIT_SEARCH_LINES); n++) {
            var unit = Amounts.declaredUnit(text.line(n).folded());
            if (unit != null) {
                return unit;
            }
        }
        for (int n = titleLine - 1; n >= Math.max(1, titleLine - MARKER_DISTANCE); n--) {
            var unit = Amounts.declaredUnit(text.line(n).folded());
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    /** The "公开03表" printed within a few lines of the title, as "公开03表". */
    private static String marker(SourceText text, int titleLine) {
        for (int distance = 1; distance <= MARKER_DISTANCE; distance++) {
            for (var n : new int[] {titleLine + distance, titleLine - distance}) {
                if (n >= 1 && n <= text.size()) {
                    var compact = text.line(n).compact();
                    if (TABLE_NUMBER.matcher(compact).matches()) {
                        return compact;
                    }
                }
            }
        }
        return null;
    }
}
