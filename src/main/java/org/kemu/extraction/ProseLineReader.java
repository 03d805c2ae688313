package org.kemu.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.kemu.extraction.SubjectCatalog.Subject;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * Reads subject lines from running text: statements naming the subject by a path of names with (类)/(款)/(项)
 * markers or with their codes in brackets ("社会保障和就业（208）人力资源和社会保障管理事务（01）…（09）"), followed by
 * their amounts ("支出决算为736.09万元", "年初预算为…", "”25.77万元"); and lists of names with amounts ("社会保障和就业支出
 * 807.68万元，占95.14%；…", "其中：行政运行922.57万元，…"), whose names are resolved through the classification.
 */
final class ProseLineReader {

    private static final Pattern MARK = Pattern.compile("\\((类|款|项|\\d{2,3})\\)");
    private static final String BOUNDARY = "。;,:“”\"!?，；：、";
    private static final Pattern ORDINAL = Pattern.compile("^(?:\\d{1,2}[、.．]|[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\))+");
    private static final Pattern HEADING = Pattern.compile("\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、");
    private static final List<String> STATEMENT_WORDS = List.of("支出", "决算", "预算", "年初", "全年", "调整", "主要", "为");
    private static final int NAME_LIMIT = 30;
    private static final int AMOUNT_REACH = 220;
    private static final Pattern ACTUAL = Pattern.compile("(?:支出)?决算(?:数)?为?" + ProseContext.AMOUNT);
    private static final Pattern BUDGET_INITIAL = Pattern.compile("年初预算(?:数)?为?" + ProseContext.AMOUNT);
    private static final Pattern BUDGET_ADJUSTED =
            Pattern.compile("(?:调整(?:后)?预算(?:数)?|全年预算(?:数)?)为?" + ProseContext.AMOUNT);
    private static final Pattern IMMEDIATE =
            Pattern.compile("^[”\"]?[:：]?(?:支出|预算|决算)?(?:数)?(?:为)?\\s*" + ProseContext.AMOUNT);
    private static final Pattern LISTED = Pattern.compile(
            "([\\p{IsHan}“”()]{2,30}?(?:支出)?)(?:\\(类\\))?(?:支出)?(?:为|:)?\\s*" + ProseContext.AMOUNT);

    private final SubjectResolver resolver;

    ProseLineReader(SubjectResolver resolver) {
        this.resolver = resolver;
    }

    /** A path of (name, mark) segments, as printed. */
    private record Chain(int start, int end, List<String> names, List<String> marks) {
    }

    Reading read(ProseText prose, ReportKind kind) {
        var text = prose.text();
        var reading = new Reading("正文 (prose)", ReadingKind.PROSE, null, prose.lineAt(0), prose.lineAt(text.length()),
                null, null);
        var chains = chains(text);
        var consumed = new ArrayList<int[]>();
        var byKey = new LinkedHashMap<String, FoundLine>();
        Subject contextClass = null;
        for (int i = 0; i < chains.size(); i++) {
            var chain = chains.get(i);
            var resolved = resolve(chain, contextClass);
            if (resolved == null) {
                continue;
            }
            if (resolved.subject().level() == SubjectLevel.CLASS) {
                contextClass = resolved.subject();
            }
            var limit = i + 1 < chains.size() ? chains.get(i + 1).start() : text.length();
            var window = statement(text.substring(chain.end(), Math.min(limit, chain.end() + AMOUNT_REACH)));
            if (!startsStatement(window)) {
                continue;
            }
            var amounts = amounts(window, kind);
            if (amounts.isEmpty()) {
                continue;
            }
            consumed.add(new int[] {chain.start(), chain.end()});
            var fund = ProseContext.fundAt(text, chain.start());
            add(byKey, resolved, chain.names().getLast(), List.copyOf(chain.names()), fund, amounts,
                    prose.lineAt(chain.start()), reading);
        }
        lists(text, consumed, byKey, prose, reading);
        reading.lines().addAll(byKey.values());
        return reading;
    }

    /**
     * The text that states a subject's amounts: up to the end of the first sentence that has an amount in it (a
     * statement may first say what the money was for, in sentences without amounts).
     */
    private static String statement(String window) {
        var heading = HEADING.matcher(window);
        var section = heading.find() ? window.substring(0, heading.start()) : window;
        var amount = ProseContext.AMOUNT_PATTERN.matcher(section);
        if (!amount.find()) {
            return section;
        }
        var end = section.indexOf('。', amount.end());
        return end < 0 ? section : section.substring(0, end);
    }

    /**
     * Whether the text after a path goes on to state its amounts ("：支出决算为…", "。主要用于…", "年初预算为…"), rather
     * than with more of a name the layout tore from the path ("…（款）机关事业单位基本养老161.62万元…").
     */
    private static boolean startsStatement(String window) {
        if (window.isEmpty()) {
            return false;
        }
        var first = window.charAt(0);
        return !(first >= '\u4E00' && first <= '\u9FFF') || STATEMENT_WORDS.stream().anyMatch(window::startsWith);
    }

    /** Every run of names with (类)/(款)/(项) or (code) marks: "社会保障和就业(类)人力资源…(款)社会保险经办机构(项)". */
    private static List<Chain> chains(String text) {
        var chains = new ArrayList<Chain>();
        var marks = MARK.matcher(text);
        List<String> names = null;
        List<String> kinds = null;
        var chainStart = 0;
        var lastEnd = -1;
        while (marks.find()) {
            var continues = names != null && marks.start() - lastEnd <= NAME_LIMIT
                    && noBoundary(text, lastEnd, marks.start());
            if (!continues) {
                if (names != null) {
                    chains.add(finish(text, chainStart, lastEnd, names, kinds));
                }
                var nameStart = nameStart(text, marks.start());
                names = new ArrayList<>();
                kinds = new ArrayList<>();
                chainStart = nameStart;
                names.add(ORDINAL.matcher(text.substring(nameStart, marks.start())).replaceFirst(""));
            } else {
                names.add(stripSpend(ORDINAL.matcher(text.substring(lastEnd, marks.start())).replaceFirst("")));
            }
            kinds.add(marks.group(1));
            lastEnd = marks.end();
        }
        if (names != null) {
            chains.add(finish(text, chainStart, lastEnd, names, kinds));
        }
        chains.removeIf(c -> c.names().stream().anyMatch(String::isEmpty));
        return chains;
    }

    /**
     * Completes a chain whose last mark is a 款: the 项 name may follow unmarked up to the colon
     * ("…医疗（款）行政单位医疗：支出决算为9.75万元").
     */
    private static Chain finish(String text, int start, int end, List<String> names, List<String> marks) {
        var last = marks.getLast();
        if (last.equals("款") || last.length() == 2 && marks.size() == 2) {
            var colon = end;
            while (colon < text.length() && colon - end <= NAME_LIMIT && BOUNDARY.indexOf(text.charAt(colon)) < 0
                    && !Character.isDigit(text.charAt(colon))) {
                colon++;
            }
            if (colon < text.length() && colon > end && (text.charAt(colon) == ':' || text.charAt(colon) == '：')) {
                var item = text.substring(end, colon);
                var withItem = new ArrayList<>(names);
                withItem.add(item.replaceFirst("支出决算$", ""));
                var withMarks = new ArrayList<>(marks);
                withMarks.add("项");
                return new Chain(start, colon, withItem, withMarks);
            }
        }
        return new Chain(start, end, List.copyOf(names), List.copyOf(marks));
    }

    private static String stripSpend(String name) {
        return name.startsWith("支出") && name.length() > 2 ? name.substring(2) : name;
    }

    private static boolean noBoundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BOUNDARY.indexOf(text.charAt(i)) >= 0 && !(text.charAt(i) == '、' && i > from)) {
                return false;
            }
        }
        return true;
    }

    private static int nameStart(String text, int markStart) {
        var i = markStart;
        while (i > 0 && markStart - i < NAME_LIMIT && BOUNDARY.indexOf(text.charAt(i - 1)) < 0
                && text.charAt(i - 1) != ')' && text.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    private SubjectResolver.Resolved resolve(Chain chain, Subject contextClass) {
        var marks = chain.marks();
        var names = chain.names();
        if (marks.stream().allMatch(m -> m.chars().allMatch(Character::isDigit))) {
            var code = String.join("", marks);
            return resolver.byCode(Scheme.FUNCTION, code, names.getLast()).orElse(null);
        }
        String cls = null;
        String section = null;
        String item = null;
        for (int i = 0; i < marks.size(); i++) {
            switch (marks.get(i)) {
                case "类" -> cls = names.get(i);
                case "款" -> section = names.get(i);
                case "项" -> item = names.get(i);
                default -> {
                    return null;
                }
            }
        }
        if (section == null && item != null) {
            return null;
        }
        return resolver.byNames(Scheme.FUNCTION, cls, section, item, cls == null ? contextClass : null).orElse(null);
    }

    /** The amounts a statement gives, by what they are. */
    private static Map<LineMeasure, Matcher> amounts(String window, ReportKind kind) {
        var found = new LinkedHashMap<LineMeasure, Matcher>();
        var immediate = IMMEDIATE.matcher(window);
        if (immediate.find()) {
            found.put(LineMeasure.TOTAL, immediate);
            return found;
        }
        if (kind != ReportKind.BUDGET) {
            var actual = ACTUAL.matcher(window);
            if (actual.find()) {
                found.put(LineMeasure.TOTAL, actual);
            }
        }
        var initial = BUDGET_INITIAL.matcher(window);
        if (initial.find()) {
            found.put(kind == ReportKind.BUDGET ? LineMeasure.TOTAL : LineMeasure.BUDGET_INITIAL, initial);
        }
        var adjusted = BUDGET_ADJUSTED.matcher(window);
        if (adjusted.find()) {
            found.put(LineMeasure.BUDGET_ADJUSTED, adjusted);
        }
        return found;
    }

    private static void add(Map<String, FoundLine> byKey, SubjectResolver.Resolved resolved, String printed,
                            List<String> namePath, Fund fund, Map<LineMeasure, Matcher> amounts, int line,
                            Reading reading) {
        var subject = resolved.subject();
        var unit = ProseContext.unit(amounts.values().iterator().next().group(2));
        var key = subject.code() + "/" + fund;
        var existing = byKey.get(key);
        if (existing != null) {
            for (var entry : amounts.entrySet()) {
                var value = Amounts.parse(entry.getValue().group(1));
                var earlier = existing.measure(entry.getKey());
                if (earlier != null) {
                    reading.check(line, subject.code(), "the text states " + subject.code() + " again",
                            earlier, value, existing);
                }
            }
            return;
        }
        var found = new FoundLine(subject, printed, namePath, fund, unit, "正文", line);
        found.note(resolved.note());
        for (var entry : amounts.entrySet()) {
            found.put(entry.getKey(), Amounts.parse(entry.getValue().group(1)));
        }
        reading.read();
        byKey.put(key, found);
    }

    /**
     * Lists of names with amounts, sentence by sentence: a 类 name followed by its amount counts on its own; a
     * 项 named without its 类 and 款 only in a list of at least two such names (resolved together, so that a name
     * many 款 share, like 行政运行, goes under the 款 of the others). Lists of income are not expenditure lines.
     */
    private void lists(String text, List<int[]> consumed, Map<String, FoundLine> byKey, ProseText prose,
                       Reading reading) {
        var sentenceStart = 0;
        for (var sentence : text.split("。", -1)) {
            var offset = sentenceStart;
            sentenceStart += sentence.length() + 1;
            var matches = new ArrayList<int[]>();
            var names = new ArrayList<String>();
            var listed = LISTED.matcher(sentence);
            while (listed.find()) {
                var start = offset + listed.start(1);
                if (consumed.stream().anyMatch(c -> start < c[1] && offset + listed.end() > c[0])) {
                    continue;
                }
                var name = ORDINAL.matcher(trimName(listed.group(1))).replaceFirst("");
                if (name.length() < 2) {
                    continue;
                }
                names.add(name);
                matches.add(new int[] {listed.start(), listed.end(), listed.start(2), listed.end(2)});
            }
            if (names.isEmpty()) {
                continue;
            }
            var intro = sentence.substring(0, matches.getFirst()[0]);
            if (intro.contains("收入") && !intro.contains("支出")) {
                continue;
            }
            resolveList(sentence, offset, names, matches, byKey, prose, reading);
        }
    }

    /** The name part of a listed item: what follows the last separator ("占95.14%；社会保障和就业支出"). */
    private static String trimName(String name) {
        var cut = name.lastIndexOf('“');
        return cut >= 0 ? name.substring(cut + 1) : name;
    }

    private void resolveList(String sentence, int offset, List<String> names, List<int[]> matches,
                             Map<String, FoundLine> byKey, ProseText prose, Reading reading) {
        var catalog = resolver.catalog();
        var resolved = new ArrayList<SubjectResolver.Resolved>();
        var context = new HashSet<String>();
        for (var name : names) {
            var classes = catalog.named(Scheme.FUNCTION, name, SubjectLevel.CLASS);
            var lone = classes.size() == 1 ? null : resolver.byLoneName(Scheme.FUNCTION, name, Set.of()).orElse(null);
            var one = classes.size() == 1 ? new SubjectResolver.Resolved(classes.getFirst(), null) : lone;
            resolved.add(one);
            if (one != null && one.note() == null && one.subject().level() == SubjectLevel.ITEM) {
                context.add(one.subject().code().substring(0, 5));
                context.add(one.subject().code().substring(0, 3));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (resolved.get(i) == null) {
                resolved.set(i, resolver.byLoneName(Scheme.FUNCTION, names.get(i), context).orElse(null));
            }
        }
        var items = resolved.stream().filter(r -> r != null && r.subject().level() != SubjectLevel.CLASS).count();
        for (int i = 0; i < names.size(); i++) {
            var one = resolved.get(i);
            if (one == null || one.subject().level() != SubjectLevel.CLASS && items < 2) {
                continue;
            }
            var match = matches.get(i);
            var amount = sentence.substring(match[0], match[1]);
            var value = Amounts.parse(sentence.substring(match[2], match[3]));
            var unitText = amount.endsWith("万元") ? "万元" : "元";
            if (one.subject().level() == SubjectLevel.CLASS && value.signum() == 0) {
                continue;
            }
            var at = offset + match[0];
            var fund = ProseContext.fundAt(prose.text(), at);
            var key = one.subject().code() + "/" + fund;
            if (byKey.containsKey(key)) {
                var earlier = byKey.get(key).measure(LineMeasure.TOTAL);
                if (earlier != null) {
                    reading.check(prose.lineAt(at), one.subject().code(), "the text states " + one.subject().code()
                            + " again", earlier, value, byKey.get(key));
                }
                continue;
            }
            var line = new FoundLine(one.subject(), names.get(i), List.of(names.get(i)), fund,
                    ProseContext.unit(unitText), "正文", prose.lineAt(at));
            line.note(one.note());
            line.put(LineMeasure.TOTAL, value);
            reading.read();
            byKey.put(key, line);
        }
    }
}
