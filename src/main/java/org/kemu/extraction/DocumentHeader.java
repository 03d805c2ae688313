package org.kemu.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kemu.report.ReportKind;

/**
 * The unit, year and kind of a disclosure, read from its title ("上海市普陀区财政局 / 2024年度部门决算"), from the
 * unit lines its tables carry ("单位：盐池县社会保险事业管理中心", "预算主管部门：…"), or, when neither names the unit,
 * from the sentences that do ("2024年度，五通桥区社会保险事务中心机关运行经费支出…").
 */
record DocumentHeader(String unitName, String unitFoundIn, Integer year, ReportKind kind, String title) {

    /** Lines at the top that hold the title; the lines after may be a table of contents. */
    private static final int TITLE_ITSELF = 8;
    private static final int TITLE_LINES = 25;
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern KIND_HEADING = Pattern.compile(
            "(20\\d{2})\\s*年度?(?:[区市县省]级)?(?:部门|单位)(?:整体支出)?(决算|预算)");
    private static final Pattern UNIT_LABEL = Pattern.compile(
            "(?:预算主管部门|主管部门|部门\\(单位\\)名称|单位\\(部门\\)名称|单位名称|部门名称|预算部门名称|编制部门|编制单位"
                    + "|单位|部门)(?:\\((?:盖章|公章|章)\\))?\\s*:\\s*(\\S+)");
    private static final Pattern TABLE_TITLE_YEAR = Pattern.compile("(20\\d{2})年度?[^。，,]{0,30}?(?:预算|决算)表");
    /** What a heading puts before the unit's name: "第二部分", "附件1：", "一、", "关于" (关于…2023年度部门决算的说明). */
    private static final Pattern HEADING_PREFIX = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]+部分|附件\\d*[:：]?|[一二三四五六七八九十]+[、.]|关于)+");
    /** What a heading puts between the unit's name and its year: "…局关于2023年度部门决算的说明". */
    private static final String ABOUT = "关于";
    /** The name a title prints after its year: "2017年度江苏省高级人民法院部门预算公开". */
    private static final Pattern NAME_AFTER_YEAR = Pattern.compile(
            "^度?([\\p{IsHan}()（）]{4,40}?)(?:部门|单位)?(?:整体支出)?(?:预算|决算|绩效)");
    /** A heading anywhere naming the unit before its year and kind: "附件：江苏省政协办公厅2019年度部门预算公开表". */
    private static final Pattern NAMED_HEADING = Pattern.compile(
            "^([\\p{IsHan}()（）]{4,40}?)(?:关于)?20\\d{2}年度?(?:部门|单位)?(?:预算|决算)");
    private static final Pattern UNIT_IN_SENTENCE = Pattern.compile(
            "20\\d{2}年度?[,，]\\s*([\\p{IsHan}()（）]{4,40}?)(?:机关运行经费|政府采购|共有车辆|本年收入|收入预算)");
    private static final List<String> ORGANISATION_ENDINGS = List.of("中心", "局", "院", "委员会", "委", "办公室", "办事处",
            "所", "站", "队", "馆", "会", "处", "厅", "部", "校", "学校", "医院", "政府", "公司", "社", "台", "园", "场",
            "团", "室", "署", "监狱", "部门", "科");

    static DocumentHeader read(SourceText text, String prose) {
        var titleZone = new StringBuilder();
        var title = new StringBuilder();
        var titleLines = new ArrayList<SourceText.Line>();
        for (var line : text.lines()) {
            if (!line.isBlank()) {
                titleLines.add(line);
                titleZone.append(line.compact());
                if (titleLines.size() <= TITLE_ITSELF) {
                    title.append(line.compact());
                }
                if (titleLines.size() >= TITLE_LINES) {
                    break;
                }
            }
        }
        var zone = titleZone.toString();
        var kind = isPerformance(title.toString()) ? ReportKind.PERFORMANCE : headingKind(zone);
        if (kind == null) {
            kind = headingKind(prose);
        }
        if (kind == null) {
            kind = firstKindWord(zone);
        }
        Integer year = yearOf(zone);
        if (year == null) {
            var anywhere = KIND_HEADING.matcher(prose);
            if (anywhere.find()) {
                year = Integer.valueOf(anywhere.group(1));
            }
        }
        if (year == null) {
            year = yearOfTableTitles(text);
        }
        var printedTitle = kind == ReportKind.PERFORMANCE ? titleOf(titleLines) : null;
        var fromLabel = labelledUnit(text);
        if (fromLabel != null) {
            return new DocumentHeader(fromLabel, "the unit lines of the tables", year, kind, printedTitle);
        }
        var fromTitle = unitInTitle(titleLines);
        if (fromTitle != null) {
            return new DocumentHeader(fromTitle, "the title", year, kind, printedTitle);
        }
        var heading = namedHeading(text);
        if (heading != null) {
            return new DocumentHeader(heading, "a heading of the text", year, kind, printedTitle);
        }
        var sentence = UNIT_IN_SENTENCE.matcher(prose);
        while (sentence.find()) {
            if (isOrganisation(sentence.group(1))) {
                return new DocumentHeader(sentence.group(1), "a sentence of the text", year, kind, printedTitle);
            }
        }
        return new DocumentHeader(null, null, year, kind, printedTitle);
    }

    private static boolean isPerformance(String title) {
        return title.contains("绩效") && (title.contains("自评") || title.contains("评价"));
    }

    /** The kind a heading like "2024年度部门决算" or "2024年区级部门预算" names. */
    private static ReportKind headingKind(String text) {
        var heading = KIND_HEADING.matcher(text);
        if (!heading.find()) {
            return null;
        }
        return "决算".equals(heading.group(2)) ? ReportKind.FINAL_ACCOUNT : ReportKind.BUDGET;
    }

    /** Without such a heading: 决算 or 预算, whichever the text says first. */
    private static ReportKind firstKindWord(String words) {
        var finalAccount = words.indexOf("决算");
        var budget = words.indexOf("预算");
        if (finalAccount >= 0 && (budget < 0 || finalAccount < budget)) {
            return ReportKind.FINAL_ACCOUNT;
        }
        return budget >= 0 ? ReportKind.BUDGET : null;
    }

    /** The year next to the word that says what the document is, else the first year of the title. */
    private static Integer yearOf(String zone) {
        var heading = Pattern.compile("(20\\d{2})年度?[^。]{0,30}?(决算|预算|绩效)").matcher(zone);
        if (heading.find()) {
            return Integer.valueOf(heading.group(1));
        }
        var any = YEAR.matcher(zone);
        return any.find() ? Integer.valueOf(any.group(1)) : null;
    }

    /** A file of tables alone may state its year only in a title: "2019年政府采购预算表". */
    private static Integer yearOfTableTitles(SourceText text) {
        for (var line : text.lines()) {
            var title = TABLE_TITLE_YEAR.matcher(line.compact());
            if (title.find()) {
                return Integer.valueOf(title.group(1));
            }
        }
        return null;
    }

    private static String titleOf(List<SourceText.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var compact = lines.get(i).compact();
            if (YEAR.matcher(compact).find() && (compact.contains("决算") || compact.contains("预算")
                    || compact.contains("绩效"))) {
                var previous = i > 0 ? lines.get(i - 1).compact() : "";
                var next = i + 1 < lines.size() ? lines.get(i + 1).compact() : "";
                if (compact.matches("^(20\\d{2})年度?.*") && isOrganisation(previous)) {
                    return previous + compact;
                }
                if (compact.matches("^(20\\d{2})年度?$") && isOrganisation(next)) {
                    return compact + next + (i + 2 < lines.size() ? lines.get(i + 2).compact() : "");
                }
                return compact;
            }
        }
        return null;
    }

    /** The name the tables' unit lines give most often. */
    private static String labelledUnit(SourceText text) {
        var counts = new HashMap<String, Integer>();
        var first = new HashMap<String, Integer>();
        for (var line : text.lines()) {
            var matcher = UNIT_LABEL.matcher(line.folded());
            while (matcher.find()) {
                var value = line.text().substring(matcher.start(1), matcher.end(1));
                if (isOrganisation(value)) {
                    counts.merge(value, 1, Integer::sum);
                    first.putIfAbsent(value, line.number());
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -first.get(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * "上海市普陀区财政局" above "2024年度部门决算", or the name before or after the year on a title line ("江苏省政协办公厅
     * 2018 年度" over "部门预算公开", "2017 年度江苏省高级人民法院部门预算公开"), without a heading's "第二部分".
     */
    private static String unitInTitle(List<SourceText.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var compact = lines.get(i).compact();
            var year = YEAR.matcher(compact);
            var next = i + 1 < lines.size() ? lines.get(i + 1).compact() : "";
            if (!year.find() || !(namesKind(compact) || namesKind(next) || compact.matches("^20\\d{2}年度?$"))) {
                continue;
            }
            var before = withoutHeading(compact.substring(0, year.start()));
            if (isOrganisation(before)) {
                return before;
            }
            var after = NAME_AFTER_YEAR.matcher(compact.substring(year.end()));
            if (after.find() && isOrganisation(withoutHeading(after.group(1)))) {
                return withoutHeading(after.group(1));
            }
            if (i > 0 && isOrganisation(withoutHeading(lines.get(i - 1).compact()))) {
                return withoutHeading(lines.get(i - 1).compact());
            }
            if (isOrganisation(withoutHeading(next))) {
                return withoutHeading(next);
            }
        }
        return null;
    }

    /** The first heading of the whole text that names an organisation before its year and kind. */
    private static String namedHeading(SourceText text) {
        for (var line : text.lines()) {
            var heading = NAMED_HEADING.matcher(withoutHeading(line.compact()));
            if (heading.find() && isOrganisation(heading.group(1))) {
                return heading.group(1);
            }
        }
        return null;
    }

    private static boolean namesKind(String compact) {
        return compact.contains("决算") || compact.contains("预算") || compact.contains("绩效");
    }

    private static String withoutHeading(String compact) {
        var name = HEADING_PREFIX.matcher(compact).replaceFirst("");
        return name.endsWith(ABOUT) ? name.substring(0, name.length() - ABOUT.length()) : name;
    }

    static boolean isOrganisation(String name) {
        if (name == null || name.length() < 4 || name.length() > 40 || !name.matches("[\\p{IsHan}()（）]+")) {
            return false;
        }
        return ORGANISATION_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
