package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.kemu.extraction.SubjectCatalog.Subject;
import org.kemu.report.Basis;
import org.kemu.report.ReportKind;

/**
 * Reads a table of expenditure by 功能分类: rows with a code (whole, or split into 类/款/项 columns, or only the
 * 款/项 part under a 类 row), rows with only a name, and the 合计 row. Amount columns come from the header; wrapped
 * names are joined back from the lines around the row, and amounts the layout printed on a line of their own are
 * returned to their row. Every row is checked against its parts and every 类 and 款 against the rows below it.
 */
final class FunctionTableReader {

    /** How far (in lines) an amount printed on a line of its own may sit from the row it belongs to. */
    private static final int ORPHAN_REACH_BEFORE = 4;
    private static final int ORPHAN_REACH_AFTER = 2;
    private static final int FRAGMENT_REACH = 2;

    private final SubjectResolver resolver;

    FunctionTableReader(SubjectResolver resolver) {
        this.resolver = resolver;
    }

    /** A row of the table as printed, before its subject and columns are settled. */
    private static final class Row {
        final SourceText.Line line;
        final String code;
        final boolean relativeCode;
        final boolean total;
        String name;
        final List<Token> amounts = new ArrayList<>();
        Subject subject;
        String note;
        List<String> namePath;
        ColumnAssigner.Assignment assignment;

        Row(SourceText.Line line, String code, boolean relativeCode, boolean total, String name, List<Token> amounts) {
            this.line = line;
            this.code = code;
            this.relativeCode = relativeCode;
            this.total = total;
            this.name = name;
            this.amounts.addAll(amounts);
        }
    }

    private record Fragment(SourceText.Line line, String text) {
    }

    private record Orphan(SourceText.Line line, List<Token> amounts) {
    }

    /** The table's lines sorted by what they are. */
    private record Layout(List<SourceText.Line> header, List<Row> rows, List<Fragment> fragments,
                          List<Orphan> orphans) {
    }

    Reading read(SourceText text, FoundTable table, ReportKind kind) {
        var reading = Reading.of(table);
        var layout = layout(text, table, reading);
        var rows = layout.rows();
        var orphans = layout.orphans();
        joinWrappedRows(rows);
        var columns = columns(layout.header());
        if (columns.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.amounts.size() <= 1)) {
            columns = List.of(new ColumnAssigner.Column(ColumnRole.TOTAL, 0));
        }
        if (columns.isEmpty()) {
            for (var row : rows) {
                reading.skip(row.line, "the table header names no amount column this reader knows");
            }
            return reading;
        }
        if (rows.isEmpty() && orphans.size() == 1) {
            var totals = orphans.removeFirst();
            rows.add(new Row(totals.line(), null, false, true, "合计", totals.amounts()));
        }
        attachOrphans(rows, orphans, columns.size(), reading);
        resolveSubjects(rows, layout.fragments(), reading);
        assignColumns(rows, columns, reading);
        emit(rows, table, kind, reading);
        return reading;
    }

    /**
     * Sorts the body's lines: header lines (until the first row, and again after a page break), rows, lines of
     * amounts only, lines of text only (wrapped names), page numbers and notes.
     */
    private Layout layout(SourceText text, FoundTable table, Reading reading) {
        var layout = new Layout(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (var body : TableBody.of(text, table).skippingPageNumbers(reading)) {
            var line = body.line();
            var tokens = body.tokens();
            var dataStarted = !layout.rows().isEmpty();
            var row = parseRow(line, tokens);
            if (row != null) {
                layout.rows().add(row);
            } else if (TableRows.isHeader(line, tokens) && dataStarted) {
                reading.skip(line, "table header repeated after a page break");
            } else if (TableRows.isHeader(line, tokens)) {
                layout.header().add(line);
            } else if (tokens.stream().allMatch(t -> t.isNumber() || t.kind() == Token.Kind.BLANK)) {
                if (tokens.stream().allMatch(Token::isPlainDigits) && !dataStarted) {
                    layout.header().add(line);
                } else {
                    layout.orphans().add(new Orphan(line, tokens));
                }
            } else if (tokens.stream().noneMatch(Token::isNumber)) {
                if (dataStarted) {
                    layout.fragments().add(new Fragment(line, line.text().replaceAll("\\s+", "")));
                } else {
                    layout.header().add(line);
                }
            } else {
                reading.skip(line, "mixes text and amounts in a way no row of this table does");
            }
        }
        return layout;
    }

    /** A row when the line starts with a code, is the 合计 row, or is a name followed by amounts. */
    private Row parseRow(SourceText.Line line, List<Token> tokens) {
        var code = LeadingCode.parse(tokens, '2');
        if (code != null) {
            var name = new StringBuilder();
            var amounts = new ArrayList<Token>();
            for (int i = code.consumed(); i < tokens.size(); i++) {
                var token = tokens.get(i);
                if (token.isText() && amounts.isEmpty()) {
                    name.append(token.printedCompact());
                } else if (token.isNumber() || token.kind() == Token.Kind.BLANK) {
                    amounts.add(token);
                }
            }
            return new Row(line, code.code(), code.relative(), false, TableRows.stripOrdinal(name.toString()),
                    amounts);
        }
        if (tokens.isEmpty() || !tokens.getFirst().isText()) {
            return null;
        }
        var label = tokens.getFirst().compact();
        var amounts = tokens.subList(1, tokens.size()).stream()
                .filter(t -> t.isNumber() || t.kind() == Token.Kind.BLANK).toList();
        var textAfter = tokens.subList(1, tokens.size()).stream().anyMatch(Token::isText);
        if (TableRows.isTotalLabel(label) && !textAfter) {
            return new Row(line, null, false, true, label, amounts);
        }
        var amountLike = amounts.size() > 1 || amounts.stream().anyMatch(t -> !t.isPlainDigits());
        if (!amounts.isEmpty() && !textAfter && amountLike) {
            return new Row(line, null, false, false, TableRows.stripOrdinal(tokens.getFirst().printedCompact()),
                    amounts);
        }
        return null;
    }

    /**
     * A name too long for its column wraps; when the amounts sit on the wrapped part ("208 05 05 机关事业单位基本养老
     * 保险缴" over "费支出 64,000.00 64,000.00"), the second line reads like a row of its own. It is joined to the
     * code row above when the joined name is the code's name, or when the second part names no subject itself.
     */
    private void joinWrappedRows(List<Row> rows) {
        var catalog = resolver.catalog();
        for (int i = rows.size() - 2; i >= 0; i--) {
            var codeRow = rows.get(i);
            var wrapped = rows.get(i + 1);
            if (codeRow.code == null || codeRow.relativeCode || !codeRow.amounts.isEmpty() || wrapped.code != null
                    || wrapped.total || wrapped.line.number() - codeRow.line.number() > FRAGMENT_REACH) {
                continue;
            }
            var joined = codeRow.name + wrapped.name;
            var subject = catalog.find(Scheme.FUNCTION, codeRow.code);
            var namesIt = subject.isPresent() && catalog.matches(subject.get(), joined);
            var parent = codeRow.code.length() > 3 ? codeRow.code.substring(0, codeRow.code.length() - 2) : "";
            var namesOther = catalog.resolveAmong(catalog.children(Scheme.FUNCTION, parent), wrapped.name).isPresent()
                    || catalog.resolveAmong(catalog.classes(Scheme.FUNCTION), wrapped.name).isPresent();
            if (namesIt || !namesOther) {
                codeRow.name = joined;
                codeRow.amounts.addAll(wrapped.amounts);
                rows.remove(i + 1);
            }
        }
    }

    /**
     * The amount columns in printed order. A "决算数" or "预算数" spanning the 合计, 基本支出 and 项目支出 columns
     * below it names no column of its own when a 合计 is printed.
     */
    private static List<ColumnAssigner.Column> columns(List<SourceText.Line> headerLines) {
        var labels = HeaderLabels.find(headerLines, ColumnRole::of);
        var totals = labels.stream().filter(l -> l.tag() == ColumnRole.TOTAL).toList();
        var hasSum = totals.stream().anyMatch(l -> l.text().contains("合计") || l.text().contains("小计"));
        var columns = new ArrayList<ColumnAssigner.Column>();
        for (var label : labels) {
            var spanning = label.tag() == ColumnRole.TOTAL && totals.size() > 1 && hasSum
                    && !label.text().contains("合计") && !label.text().contains("小计");
            if (!spanning) {
                columns.add(new ColumnAssigner.Column(label.tag(), label.end()));
            }
        }
        columns.sort(Comparator.comparingInt(ColumnAssigner.Column::position));
        return columns;
    }

    /** Returns amounts printed on a line of their own to the row they belong to: the next row, else the previous. */
    private static void attachOrphans(List<Row> rows, List<Orphan> orphans, int columnCount, Reading reading) {
        for (var orphan : orphans) {
            Row before = null;
            Row after = null;
            for (var row : rows) {
                if (row.line.number() < orphan.line().number()) {
                    before = row;
                } else if (after == null) {
                    after = row;
                }
            }
            var number = orphan.line().number();
            if (after != null && after.line.number() - number <= ORPHAN_REACH_BEFORE
                    && after.amounts.size() + orphan.amounts().size() <= columnCount) {
                after.amounts.addAll(orphan.amounts());
                after.amounts.sort(Comparator.comparingInt(Token::start));
            } else if (before != null && number - before.line.number() <= ORPHAN_REACH_AFTER
                    && before.amounts.size() + orphan.amounts().size() <= columnCount) {
                before.amounts.addAll(orphan.amounts());
                before.amounts.sort(Comparator.comparingInt(Token::start));
            } else {
                reading.skip(orphan.line(), "amounts on a line of their own that belong to no row nearby");
            }
        }
    }

    /**
     * Settles each row's subject, in order, so that rows printing only a name or only the 款/项 part of their code
     * are read under the 类 and 款 above them. Text printed on lines of its own next to a row completes its name
     * when the joined name is the subject's.
     */
    private void resolveSubjects(List<Row> rows, List<Fragment> fragments, Reading reading) {
        var used = new HashSet<Fragment>();
        Subject contextClass = null;
        Subject contextSection = null;
        var path = new ArrayList<String>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.total) {
                continue;
            }
            var previous = i > 0 ? rows.get(i - 1).line.number() : 0;
            var next = i + 1 < rows.size() ? rows.get(i + 1).line.number() : Integer.MAX_VALUE;
            var number = row.line.number();
            var before = fragments.stream().filter(f -> !used.contains(f) && f.line().number() > previous
                    && f.line().number() < number && number - f.line().number() <= FRAGMENT_REACH).toList();
            var after = fragments.stream().filter(f -> !used.contains(f) && f.line().number() < next
                    && f.line().number() > number && f.line().number() - number <= FRAGMENT_REACH).toList();
            SubjectResolver.Resolved resolved = null;
            List<Fragment> consumed = List.of();
            for (var candidate : nameCandidates(row.name, before, after).entrySet()) {
                var attempt = resolve(row, candidate.getKey(), contextClass, contextSection);
                var clean = attempt != null && attempt.note() == null && fits(attempt, candidate.getKey());
                if (clean || resolved == null && attempt != null) {
                    resolved = attempt;
                    consumed = candidate.getValue();
                }
                if (clean) {
                    break;
                }
            }
            if (resolved == null) {
                reading.skip(row.line, row.code != null
                        ? "code " + row.code + (row.name.isEmpty() ? "" : " \"" + row.name + "\"")
                        + " fits no 功能分类 subject, nor any 款 kemu knows"
                        : "\"" + row.name + "\" names no 功能分类 subject under the rows above it");
                continue;
            }
            used.addAll(consumed);
            row.subject = resolved.subject();
            row.note = resolved.note();
            row.name = joinedName(row, consumed);
            var depth = row.subject.level().ordinal();
            while (path.size() > depth) {
                path.removeLast();
            }
            path.add(row.name);
            if (row.code == null) {
                row.namePath = List.copyOf(path);
            }
            switch (row.subject.level()) {
                case CLASS -> {
                    contextClass = row.subject;
                    contextSection = null;
                }
                case SECTION -> contextSection = row.subject;
                case ITEM -> { }
            }
        }
        for (var fragment : fragments) {
            if (!used.contains(fragment)) {
                reading.skip(fragment.line(), "text without amounts that completes no subject name");
            }
        }
    }

    /** The name as printed over the row's line and the wrapped lines above and below it. */
    private static String joinedName(Row row, List<Fragment> consumed) {
        var printed = new StringBuilder();
        consumed.stream().filter(f -> f.line().number() < row.line.number()).forEach(f -> printed.append(f.text()));
        printed.append(row.name);
        consumed.stream().filter(f -> f.line().number() > row.line.number())
                .sorted(Comparator.comparingInt(f -> f.line().number())).forEach(f -> printed.append(f.text()));
        return printed.isEmpty() ? row.subject.name() : printed.toString();
    }

    /** The row's name alone, and joined with wrapped text printed just above or below it. */
    private static Map<String, List<Fragment>> nameCandidates(String name, List<Fragment> before, List<Fragment> after) {
        var candidates = new LinkedHashMap<String, List<Fragment>>();
        candidates.put(name, List.of());
        var lastBefore = before.isEmpty() ? null : before.getLast();
        var afterJoined = new StringBuilder();
        var afterUsed = new ArrayList<Fragment>();
        for (var fragment : after) {
            afterJoined.append(fragment.text());
            afterUsed.add(fragment);
            candidates.putIfAbsent(name + afterJoined, List.copyOf(afterUsed));
            if (lastBefore != null) {
                var both = new ArrayList<>(afterUsed);
                both.add(lastBefore);
                candidates.putIfAbsent(lastBefore.text() + name + afterJoined, both);
            }
        }
        if (lastBefore != null) {
            candidates.putIfAbsent(lastBefore.text() + name, List.of(lastBefore));
        }
        return candidates;
    }

    /** Whether the name is the subject's (or a former one), not merely the start of it. */
    private boolean fits(SubjectResolver.Resolved resolved, String name) {
        return !name.isEmpty() && resolver.catalog().matches(resolved.subject(), name);
    }

    private SubjectResolver.Resolved resolve(Row row, String name, Subject contextClass, Subject contextSection) {
        if (row.code != null && !row.relativeCode) {
            return resolver.byCode(Scheme.FUNCTION, row.code, name).orElse(null);
        }
        if (row.code != null) {
            var underSection = contextSection == null ? null
                    : resolver.byCode(Scheme.FUNCTION, contextSection.code() + row.code, name).orElse(null);
            var underClass = contextClass == null ? null
                    : resolver.byCode(Scheme.FUNCTION, contextClass.code() + row.code, name).orElse(null);
            if (underSection != null && underSection.note() == null) {
                return underSection;
            }
            if (underClass != null || underSection != null) {
                return underClass != null ? underClass : underSection;
            }
        }
        if (name.isEmpty()) {
            return null;
        }
        var catalog = resolver.catalog();
        var cls = catalog.named(Scheme.FUNCTION, name, SubjectLevel.CLASS);
        if (cls.size() == 1) {
            return new SubjectResolver.Resolved(cls.getFirst(), null);
        }
        if (contextSection != null) {
            var item = catalog.resolveAmong(catalog.children(Scheme.FUNCTION, contextSection.code()), name);
            if (item.isPresent()) {
                return new SubjectResolver.Resolved(item.get(), "no code printed; resolved by name under "
                        + contextSection.code());
            }
        }
        if (contextClass != null) {
            var section = catalog.resolveAmong(catalog.children(Scheme.FUNCTION, contextClass.code()), name);
            if (section.isPresent()) {
                return new SubjectResolver.Resolved(section.get(), "no code printed; resolved by name under "
                        + contextClass.code());
            }
        }
        return catalog.resolveAmong(catalog.classes(Scheme.FUNCTION), name)
                .map(s -> new SubjectResolver.Resolved(s, null)).orElse(null);
    }

    private static void assignColumns(List<Row> rows, List<ColumnAssigner.Column> columns, Reading reading) {
        var learned = learnedColumns(rows, columns);
        for (var row : rows) {
            if (row.subject == null && !row.total) {
                continue;
            }
            if (row.amounts.isEmpty()) {
                if (!row.total) {
                    reading.skip(row.line, "row without amounts");
                }
                continue;
            }
            row.assignment = ColumnAssigner.assign(learned, row.amounts);
            if (row.assignment == null) {
                reading.skip(row.line, row.amounts.size() + " amounts, but the header has " + columns.size()
                        + " columns");
            }
        }
    }

    /**
     * Column positions as the rows print them: where a row fills every column its amounts show where each column
     * is, which corrects header positions drawn off by wide characters.
     */
    private static List<ColumnAssigner.Column> learnedColumns(List<Row> rows, List<ColumnAssigner.Column> columns) {
        var ends = new ArrayList<List<Integer>>();
        columns.forEach(c -> ends.add(new ArrayList<>()));
        for (var row : rows) {
            if (row.amounts.size() == columns.size()) {
                for (int i = 0; i < columns.size(); i++) {
                    ends.get(i).add(row.amounts.get(i).end());
                }
            }
        }
        var learned = new ArrayList<ColumnAssigner.Column>();
        for (int i = 0; i < columns.size(); i++) {
            var positions = ends.get(i);
            if (positions.isEmpty()) {
                learned.add(columns.get(i));
            } else {
                positions.sort(Integer::compare);
                learned.add(new ColumnAssigner.Column(columns.get(i).role(), positions.get(positions.size() / 2)));
            }
        }
        return learned;
    }

    private static void emit(List<Row> rows, FoundTable table, ReportKind kind, Reading reading) {
        var byCode = new LinkedHashMap<String, FoundLine>();
        var values = new LinkedHashMap<String, Map<ColumnRole, BigDecimal>>();
        var lineOf = new LinkedHashMap<String, Integer>();
        Row totalRow = null;
        for (var row : rows) {
            if (row.assignment == null) {
                continue;
            }
            if (row.total) {
                if (totalRow == null) {
                    totalRow = row;
                    reading.read();
                } else {
                    reading.skip(row.line, "a second 合计 row");
                }
                continue;
            }
            var code = row.subject.code();
            if (byCode.containsKey(code)) {
                var earlier = values.get(code);
                if (!earlier.equals(row.assignment.values())) {
                    reading.check(row.line.number(), code, "the table states " + code + " twice",
                            earlier.getOrDefault(ColumnRole.TOTAL, BigDecimal.ZERO),
                            row.assignment.values().getOrDefault(ColumnRole.TOTAL, BigDecimal.ZERO), byCode.get(code));
                } else {
                    reading.skip(row.line, "the same row again");
                }
                continue;
            }
            reading.read();
            var line = new FoundLine(row.subject, row.name, row.namePath, table.fund(), table.unit(), table.name(),
                    row.line.number());
            line.note(row.note);
            row.assignment.values().forEach((role, value) -> line.put(LineMeasure.of(role), value));
            byCode.put(code, line);
            values.put(code, row.assignment.values());
            lineOf.put(code, row.line.number());
            checkRow(row.assignment.values(), code, row.line.number(), line, reading);
            reading.lines().add(line);
        }
        checkHierarchy(byCode, values, lineOf, reading);
        if (totalRow != null) {
            checkTotal(totalRow, byCode, values, reading);
            totalFigures(totalRow.assignment.values(), table, kind, totalRow.line.number(), reading);
        }
    }

    /** A row's total against its parts (基本 + 项目 + …) and its 基本 against 人员 + 公用. */
    private static void checkRow(Map<ColumnRole, BigDecimal> values, String code, int lineNumber, FoundLine line,
                                 Reading reading) {
        var total = values.get(ColumnRole.TOTAL);
        var parts = sum(values, ColumnRole.PARTS_OF_TOTAL);
        if (total != null && parts != null) {
            reading.check(lineNumber, code, "row total = 基本支出 + 项目支出 + other parts", total, parts, line);
        }
        var basic = values.get(ColumnRole.BASIC);
        var split = sum(values, Set.of(ColumnRole.PERSONNEL, ColumnRole.PUBLIC_USE));
        if (basic != null && split != null) {
            reading.check(lineNumber, code, "基本支出 = 人员经费 + 公用经费", basic, split, line);
        }
    }

    private static BigDecimal sum(Map<ColumnRole, BigDecimal> values, Set<ColumnRole> roles) {
        BigDecimal sum = null;
        for (var role : roles) {
            var value = values.get(role);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    /** Each 类 against its 款 (or its 项 when no 款 is printed), each 款 against its 项, column by column. */
    private static void checkHierarchy(Map<String, FoundLine> lines, Map<String, Map<ColumnRole, BigDecimal>> values,
                                       Map<String, Integer> lineOf, Reading reading) {
        for (var parent : lines.keySet()) {
            if (parent.length() == 7) {
                continue;
            }
            var children = children(lines.keySet(), parent, parent.length() + 2);
            if (children.isEmpty() && parent.length() == 3) {
                children = children(lines.keySet(), parent, 7);
            }
            if (children.isEmpty()) {
                continue;
            }
            var level = parent.length() == 3 ? "类" : "款";
            var childLevel = children.getFirst().length() == 5 ? "款" : "项";
            for (var entry : values.get(parent).entrySet()) {
                var computed = BigDecimal.ZERO;
                var any = false;
                for (var child : children) {
                    var value = values.get(child).get(entry.getKey());
                    if (value != null) {
                        computed = computed.add(value);
                        any = true;
                    }
                }
                if (any) {
                    reading.check(lineOf.get(parent), parent, level + " " + parent + " = sum of its " + childLevel
                            + " (" + label(entry.getKey()) + ")", entry.getValue(), computed, lines.get(parent));
                }
            }
        }
    }

    private static List<String> children(Set<String> codes, String parent, int length) {
        return codes.stream().filter(c -> c.length() == length && c.startsWith(parent)).toList();
    }

    /** The 合计 row against the 类 rows (or the top rows the table has). */
    private static void checkTotal(Row totalRow, Map<String, FoundLine> lines,
                                   Map<String, Map<ColumnRole, BigDecimal>> values, Reading reading) {
        var top = lines.keySet().stream().mapToInt(String::length).min().orElse(0);
        var tops = lines.keySet().stream().filter(c -> c.length() == top).toList();
        if (tops.isEmpty()) {
            return;
        }
        for (var entry : totalRow.assignment.values().entrySet()) {
            var computed = BigDecimal.ZERO;
            var any = false;
            for (var code : tops) {
                var value = values.get(code).get(entry.getKey());
                if (value != null) {
                    computed = computed.add(value);
                    any = true;
                }
            }
            if (any) {
                reading.check(totalRow.line.number(), "合计", "合计 = sum of the " + (top == 3 ? "类" : "top rows")
                        + " (" + label(entry.getKey()) + ")", entry.getValue(), computed, null);
            }
        }
        var parts = sum(totalRow.assignment.values(), ColumnRole.PARTS_OF_TOTAL);
        var total = totalRow.assignment.values().get(ColumnRole.TOTAL);
        if (total != null && parts != null) {
            reading.check(totalRow.line.number(), "合计", "合计 = 基本支出 + 项目支出 + other parts", total, parts, null);
        }
    }

    private static void totalFigures(Map<ColumnRole, BigDecimal> values, FoundTable table, ReportKind kind, int line,
                                     Reading reading) {
        var basis = Basis.statedBy(kind);
        var keys = new EnumMap<ColumnRole, String>(ColumnRole.class);
        keys.put(ColumnRole.TOTAL, "EXPENDITURE_TOTAL");
        keys.put(ColumnRole.BASIC, "EXPENDITURE_BASIC");
        keys.put(ColumnRole.PROJECT, "EXPENDITURE_PROJECT");
        keys.put(ColumnRole.PERSONNEL, "EXPENDITURE_PERSONNEL");
        keys.put(ColumnRole.PUBLIC_USE, "EXPENDITURE_PUBLIC_USE");
        keys.put(ColumnRole.PAYMENT_TO_SUPERIOR, "PAYMENT_TO_SUPERIOR");
        keys.put(ColumnRole.OPERATING, "EXPENDITURE_OPERATING");
        keys.put(ColumnRole.SUBSIDY_TO_AFFILIATED, "SUBSIDY_TO_AFFILIATED");
        keys.forEach((role, key) -> reading.figure(key, table.title() + " 合计：" + label(role), values.get(role),
                table.fund(), basis, line));
    }

    private static String label(ColumnRole role) {
        return role.words().getFirst();
    }
}
