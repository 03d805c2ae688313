package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kemu.classification.Scheme;
import org.kemu.report.Basis;
import org.kemu.report.ReportKind;

/**
 * Reads the 基本支出 table by 部门预算支出经济分类. It is often printed as two or three tables side by side (人员经费
 * on the left, 公用经费 on the right), so each line is cut into groups, one per code printed on it; a laid-out PDF
 * may put a group's name or the last two digits of its code on the next line and its amount on the line above, and
 * those pieces are returned to the group printed in the same columns. Codes come joined (30101), split over 类 and
 * 款 columns (301 01), or as the 款 alone under its 类 row (01); a 小计 row after the 款 of a 类 stands for that
 * 类. Amounts go to the 合计, 人员经费 and 公用经费 columns where the header prints them; a 款 printed with its
 * amounts blank (决算 templates list them all) is read as nothing spent.
 */
final class EconomicTableReader {

    private static final int CONTINUATION_REACH = 2;
    private static final int ORPHAN_REACH = 3;
    private static final int SLACK = 3;
    /** The row that sums up the 款 of one 类 printed above it, in tables that print no 类 row. */
    private static final String SUBTOTAL = "小计";

    private final SubjectResolver resolver;

    EconomicTableReader(SubjectResolver resolver) {
        this.resolver = resolver;
    }

    /** One subject (or one 合计 label) printed in a band of columns. */
    private static final class Group {
        final SourceText.Line line;
        final int start;
        final StringBuilder code = new StringBuilder();
        final String label;
        final StringBuilder name = new StringBuilder();
        final List<Token> amounts = new ArrayList<>();
        int end = Integer.MAX_VALUE;

        Group(SourceText.Line line, int start, String code, String label) {
            this.line = line;
            this.start = start;
            this.code.append(code == null ? "" : code);
            this.label = label;
        }

        boolean contains(int position) {
            return position >= start - SLACK && position < end - SLACK;
        }
    }

    private record Orphan(SourceText.Line line, List<Token> amounts) {
    }

    private record LabelRow(String label, int line, Map<ColumnRole, BigDecimal> values) {
    }

    Reading read(SourceText text, FoundTable table, ReportKind kind) {
        var reading = Reading.of(table);
        var headerLines = new ArrayList<SourceText.Line>();
        var groups = new ArrayList<Group>();
        var openGroups = new ArrayList<Group>();
        var orphans = new ArrayList<Orphan>();
        var started = false;
        var sideBySide = false;
        for (var body : TableBody.of(text, table).skippingPageNumbers(reading)) {
            var line = body.line();
            var tokens = body.tokens();
            if (!started) {
                sideBySide = codeColumns(headerLines) > 1;
            }
            var lineGroups = groupsOf(line, tokens, sideBySide);
            if (lineGroups.isEmpty() && startsRelativeRow(tokens, openGroups)) {
                lineGroups = relativeRow(line, tokens, openGroups.getFirst());
            }
            if (!lineGroups.isEmpty()) {
                started = true;
                for (var orphan : orphans) {
                    placeOrphan(orphan, lineGroups, openGroups, reading);
                }
                orphans.clear();
                groups.addAll(lineGroups);
                openGroups.clear();
                openGroups.addAll(lineGroups);
                continue;
            }
            if (!started) {
                headerLines.add(line);
                continue;
            }
            if (TableRows.isHeader(line, tokens)) {
                reading.skip(line, "table header repeated after a page break");
                continue;
            }
            if (tokens.stream().allMatch(t -> t.isNumber() && !t.isPlainDigits() || t.kind() == Token.Kind.BLANK)) {
                orphans.add(new Orphan(line, tokens));
                continue;
            }
            if (!openGroups.isEmpty() && line.number() - openGroups.getFirst().line.number() <= CONTINUATION_REACH) {
                continueGroups(line, tokens, openGroups, reading);
            } else {
                reading.skip(line, "text that belongs to no row nearby");
            }
        }
        for (var orphan : orphans) {
            placeOrphan(orphan, List.of(), openGroups, reading);
        }
        emit(groups, columns(headerLines, groups, sideBySide), table, kind, reading);
        return reading;
    }

    /** How many code columns the header has: two or three when tables are printed side by side. */
    private static int codeColumns(List<SourceText.Line> headerLines) {
        var labels = HeaderLabels.find(headerLines,
                text -> text.contains("编码") || text.contains("代码") || text.contains("经济分类") ? text : null);
        var columns = new ArrayList<HeaderLabels.Label<String>>();
        for (var label : labels) {
            if (columns.stream().noneMatch(c -> c.start() <= label.end() && label.start() <= c.end())) {
                columns.add(label);
            }
        }
        return columns.size();
    }

    /** The groups a line starts: one per economic code printed on it, and one per 合计 label. */
    private List<Group> groupsOf(SourceText.Line line, List<Token> tokens, boolean sideBySide) {
        var groups = new ArrayList<Group>();
        Group current = null;
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            if (isAnchor(token, current, sideBySide)) {
                current = new Group(line, token.start(), token.text(), null);
                groups.add(current);
                continue;
            }
            if (token.isText() && isTotalLabel(token.compact())) {
                current = new Group(line, token.start(), null, token.compact());
                groups.add(current);
                continue;
            }
            if (current == null) {
                return List.of();
            }
            addTo(current, token, false);
        }
        for (int i = 0; i + 1 < groups.size(); i++) {
            groups.get(i).end = groups.get(i + 1).start;
        }
        return groups;
    }

    /**
     * A row printing only its 款 part ("01  基本工资  1,952,616.00") under a 类 row: a new row when the row above
     * is complete (named, or with its whole code), and not the rest of a row the layout broke over two lines.
     */
    private static boolean startsRelativeRow(List<Token> tokens, List<Group> open) {
        if (open.isEmpty() || tokens.size() < 2 || !tokens.getFirst().isPlainDigits()
                || tokens.getFirst().text().length() > 2 || !tokens.get(1).isText()) {
            return false;
        }
        var above = open.getFirst();
        return above.code.length() >= 3 && (!above.name.isEmpty() || above.code.length() == 5)
                && tokens.getFirst().start() >= above.start - SLACK;
    }

    private static List<Group> relativeRow(SourceText.Line line, List<Token> tokens, Group above) {
        var part = tokens.getFirst().text();
        var group = new Group(line, above.start, above.code.substring(0, 3) + (part.length() == 1 ? "0" + part : part),
                null);
        for (int i = 1; i < tokens.size(); i++) {
            addTo(group, tokens.get(i), false);
        }
        return List.of(group);
    }

    /** 合计, 人员经费合计, 公用经费合计, 总计, and the 小计 that sums up one 类. */
    private static boolean isTotalLabel(String compact) {
        return compact.endsWith("合计") || compact.endsWith("总计") || compact.equals(SUBTOTAL);
    }

    /**
     * A code starts a new group at the start of a line; in tables printed side by side also after another group;
     * otherwise only after a group that has its amounts (a three-digit number after a name is an amount).
     */
    private boolean isAnchor(Token token, Group current, boolean sideBySide) {
        if (!token.isPlainDigits() || token.text().charAt(0) != '3' || token.text().length() < 3
                || token.text().length() > 5) {
            return false;
        }
        var classCode = token.text().substring(0, 3);
        if (resolver.catalog().find(Scheme.ECONOMIC_DEPT, classCode).isEmpty()) {
            return false;
        }
        return current == null || sideBySide || !current.amounts.isEmpty();
    }

    /**
     * Adds a token to a group: one or two digits after a 类 code are its 款 part (on the group's own line only
     * before the name; a continuation line may print them after the name), text is the name, numbers the amounts.
     */
    private static void addTo(Group group, Token token, boolean continuation) {
        var codePart = token.isPlainDigits() && token.text().length() <= 2 && group.code.length() == 3
                && (continuation || group.name.isEmpty() && group.amounts.isEmpty());
        if (codePart) {
            group.code.append(token.text().length() == 1 ? "0" + token.text() : token.text());
        } else if (token.isText() && group.amounts.isEmpty()) {
            group.name.append(token.printedCompact());
        } else if (token.isNumber() || token.kind() == Token.Kind.BLANK) {
            group.amounts.add(token);
        }
    }

    private static void continueGroups(SourceText.Line line, List<Token> tokens, List<Group> open, Reading reading) {
        var placed = false;
        for (var token : tokens) {
            for (var group : open) {
                if (group.contains(token.start())) {
                    addTo(group, token, true);
                    placed = true;
                    break;
                }
            }
        }
        if (!placed) {
            reading.skip(line, "text that belongs to no row nearby");
        }
    }

    /** Amounts printed on a line of their own go to the group in the same columns on the next line, else above. */
    private static void placeOrphan(Orphan orphan, List<Group> next, List<Group> previous, Reading reading) {
        var targets = !next.isEmpty() && next.getFirst().line.number() - orphan.line().number() <= ORPHAN_REACH
                ? next : previous;
        if (targets.isEmpty() || targets == previous && !previous.isEmpty()
                && orphan.line().number() - previous.getFirst().line.number() > ORPHAN_REACH) {
            reading.skip(orphan.line(), "amounts on a line of their own that belong to no row nearby");
            return;
        }
        for (var amount : orphan.amounts()) {
            var group = targets.stream().filter(g -> g.contains(amount.end() - 1)).findFirst().orElse(null);
            if (group == null) {
                reading.skip(orphan.line(), "an amount in no row's columns");
                continue;
            }
            group.amounts.add(amount);
            group.amounts.sort(Comparator.comparingInt(Token::start));
        }
    }

    /**
     * The amount columns, where the header prints them: 合计 alone, or 合计 with 人员经费 and 公用经费 (a 基本支出
     * heading over the three, or in place of 合计, is the total). Tables printed side by side repeat them per band.
     * Where rows fill every column their amounts show where the columns are, which corrects header positions that
     * wide characters drew off.
     */
    private static List<ColumnAssigner.Column> columns(List<SourceText.Line> headerLines, List<Group> groups,
                                                       boolean sideBySide) {
        var labels = HeaderLabels.find(headerLines, ColumnRole::of);
        var hasTotal = labels.stream().anyMatch(l -> l.tag() == ColumnRole.TOTAL);
        var totalLines = new HashSet<Integer>();
        var columns = new ArrayList<ColumnAssigner.Column>();
        for (var label : labels) {
            var role = label.tag() == ColumnRole.BASIC && !hasTotal ? ColumnRole.TOTAL : label.tag();
            if (role == ColumnRole.TOTAL) {
                totalLines.add(label.line());
            }
        }
        for (var label : labels) {
            var role = label.tag() == ColumnRole.BASIC && !hasTotal ? ColumnRole.TOTAL : label.tag();
            // 人员经费 and 公用经费 beside a 合计 are columns; printed above the bands of side-by-side tables, titles
            var column = role == ColumnRole.TOTAL || (role == ColumnRole.PERSONNEL || role == ColumnRole.PUBLIC_USE)
                    && totalLines.contains(label.line());
            if (column) {
                columns.add(new ColumnAssigner.Column(role, label.end()));
            }
        }
        if (columns.stream().noneMatch(c -> c.role() != ColumnRole.TOTAL)) {
            return List.of(new ColumnAssigner.Column(ColumnRole.TOTAL, Integer.MAX_VALUE));
        }
        if (columns.stream().noneMatch(c -> c.role() == ColumnRole.TOTAL)) {
            columns.addFirst(new ColumnAssigner.Column(ColumnRole.TOTAL, columns.getFirst().position() - 1));
        }
        return sideBySide ? columns : learned(columns, groups);
    }

    private static List<ColumnAssigner.Column> learned(List<ColumnAssigner.Column> columns, List<Group> groups) {
        var ends = new ArrayList<List<Integer>>();
        columns.forEach(c -> ends.add(new ArrayList<>()));
        for (var group : groups) {
            if (group.amounts.size() == columns.size() && group.amounts.stream().allMatch(Token::isNumber)) {
                for (int i = 0; i < columns.size(); i++) {
                    ends.get(i).add(group.amounts.get(i).end());
                }
            }
        }
        var learned = new ArrayList<ColumnAssigner.Column>();
        for (int i = 0; i < columns.size(); i++) {
            var positions = ends.get(i);
            positions.sort(Integer::compare);
            learned.add(positions.isEmpty() ? columns.get(i)
                    : new ColumnAssigner.Column(columns.get(i).role(), positions.get(positions.size() / 2)));
        }
        return learned;
    }

    /** The columns of a group's band: those printed between its start and the next group's. */
    private static List<ColumnAssigner.Column> columnsOf(Group group, List<ColumnAssigner.Column> columns) {
        if (columns.size() == 1) {
            return columns;
        }
        var band = columns.stream().filter(c -> group.contains(c.position())).toList();
        var roles = band.stream().map(ColumnAssigner.Column::role).distinct().count();
        if (!band.isEmpty() && roles == band.size() && band.getFirst().role() == ColumnRole.TOTAL) {
            return band;
        }
        var distinct = new ArrayList<ColumnAssigner.Column>();
        for (var column : columns) {
            if (distinct.stream().noneMatch(c -> c.role() == column.role())) {
                distinct.add(new ColumnAssigner.Column(column.role(), distinct.size()));
            }
        }
        return distinct;
    }

    private void emit(List<Group> groups, List<ColumnAssigner.Column> columns, FoundTable table, ReportKind kind,
                      Reading reading) {
        var lines = new LinkedHashMap<String, FoundLine>();
        var labels = new ArrayList<LabelRow>();
        String lastClass = null;
        for (var group : groups) {
            if (group.label == null && !group.name.isEmpty() && group.amounts.stream().noneMatch(Token::isNumber)) {
                // 决算 templates list every 款 and leave the amount blank where nothing was spent: read, no line
                reading.read();
                continue;
            }
            var values = values(group, columnsOf(group, columns), reading);
            if (values == null) {
                continue;
            }
            if (SUBTOTAL.equals(group.label)) {
                subtotal(lastClass, group, values, lines, table, reading);
                continue;
            }
            if (group.label != null) {
                labels.add(new LabelRow(group.label, group.line.number(), values));
                reading.read();
                continue;
            }
            var code = group.code.toString();
            var resolved = resolver.byCode(Scheme.ECONOMIC_DEPT, code, group.name.toString()).orElse(null);
            if (resolved == null) {
                reading.skip(group.line, "code " + code + " \"" + group.name + "\" is not in the 部门预算支出经济分类");
                continue;
            }
            var subject = resolved.subject();
            if (lines.containsKey(subject.code())) {
                reading.skip(group.line, subject.code() + " printed a second time");
                continue;
            }
            reading.read();
            lastClass = subject.code().substring(0, 3);
            var printed = group.name.isEmpty() ? subject.name() : group.name.toString();
            add(subject, printed, resolved.note(), values, group.line.number(), lines, table, reading);
        }
        checkClasses(lines, reading);
        totals(labels, lines, table, kind, reading);
    }

    private static void add(SubjectCatalog.Subject subject, String printed, String note,
                            Map<ColumnRole, BigDecimal> values, int lineNumber, Map<String, FoundLine> lines,
                            FoundTable table, Reading reading) {
        var line = new FoundLine(subject, printed, null, table.fund(), table.unit(), table.name(), lineNumber);
        line.note(note);
        line.put(LineMeasure.TOTAL, values.get(ColumnRole.TOTAL));
        line.put(LineMeasure.BASIC, values.get(ColumnRole.TOTAL));
        line.put(LineMeasure.PERSONNEL, values.get(ColumnRole.PERSONNEL));
        line.put(LineMeasure.PUBLIC_USE, values.get(ColumnRole.PUBLIC_USE));
        if (values.containsKey(ColumnRole.PERSONNEL) || values.containsKey(ColumnRole.PUBLIC_USE)) {
            reading.check(lineNumber, subject.code(), "合计 = 人员经费 + 公用经费", values.get(ColumnRole.TOTAL),
                    values.getOrDefault(ColumnRole.PERSONNEL, BigDecimal.ZERO)
                            .add(values.getOrDefault(ColumnRole.PUBLIC_USE, BigDecimal.ZERO)), line);
        }
        lines.put(subject.code(), line);
        reading.lines().add(line);
    }

    /**
     * A 小计 row sums up the 类 whose 款 are printed above it: it is that 类's line when the table prints no 类 row,
     * and a check of the 类 row when it does.
     */
    private void subtotal(String classCode, Group group, Map<ColumnRole, BigDecimal> values,
                          Map<String, FoundLine> lines, FoundTable table, Reading reading) {
        var subject = classCode == null ? null
                : resolver.byCode(Scheme.ECONOMIC_DEPT, classCode, "").map(SubjectResolver.Resolved::subject)
                .orElse(null);
        if (subject == null) {
            reading.skip(group.line, "a 小计 under no 款 of a known 类");
            return;
        }
        reading.read();
        var printedClass = lines.get(classCode);
        if (printedClass != null) {
            reading.check(group.line.number(), classCode, "类 " + classCode + " = its 小计",
                    printedClass.measure(LineMeasure.TOTAL), values.get(ColumnRole.TOTAL), printedClass);
            return;
        }
        add(subject, subject.name(), "the 类 as the 小计 row under its 款 states it", values, group.line.number(),
                lines, table, reading);
    }

    private static Map<ColumnRole, BigDecimal> values(Group group, List<ColumnAssigner.Column> columns,
                                                      Reading reading) {
        if (group.amounts.isEmpty() || group.amounts.stream().noneMatch(Token::isNumber)) {
            if (group.label == null) {
                reading.skip(group.line, "no amount for " + group.code + " " + group.name);
            }
            return null;
        }
        var amounts = group.amounts;
        if (amounts.size() == 1) {
            return amounts.getFirst().isNumber() ? Map.of(ColumnRole.TOTAL, amounts.getFirst().value()) : null;
        }
        if (columns.size() == 1) {
            reading.skip(group.line, amounts.size() + " amounts where the table has one column");
            return null;
        }
        var assignment = amounts.size() <= columns.size()
                ? ColumnAssigner.assign(columns, amounts) : null;
        if (assignment == null || assignment.values().isEmpty()) {
            reading.skip(group.line, "amounts that do not fit the table's columns");
            return null;
        }
        var values = new EnumMap<>(assignment.values());
        if (!values.containsKey(ColumnRole.TOTAL)) {
            // a row printing only its 人员经费 or 公用经费 (the 合计 cell left blank) totals what it prints
            values.put(ColumnRole.TOTAL, values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return values;
    }

    /** Each 类 against its 款. */
    private static void checkClasses(Map<String, FoundLine> lines, Reading reading) {
        for (var entry : lines.entrySet()) {
            if (entry.getKey().length() != 3) {
                continue;
            }
            var children = lines.values().stream()
                    .filter(l -> l.subject().code().length() == 5 && l.subject().code().startsWith(entry.getKey()))
                    .toList();
            if (children.isEmpty()) {
                continue;
            }
            var sum = children.stream().map(l -> l.measure(LineMeasure.TOTAL)).reduce(BigDecimal.ZERO, BigDecimal::add);
            reading.check(entry.getValue().lineNumber(), entry.getKey(), "类 " + entry.getKey() + " = sum of its 款",
                    entry.getValue().measure(LineMeasure.TOTAL), sum, entry.getValue());
        }
    }

    /** 合计, 人员经费合计 and 公用经费合计 as figures, and against the 类 printed. */
    private static void totals(List<LabelRow> labels, Map<String, FoundLine> lines, FoundTable table,
                               ReportKind kind, Reading reading) {
        var basis = Basis.statedBy(kind);
        var classes = lines.values().stream().filter(l -> l.subject().code().length() == 3).toList();
        var classSum = classes.stream().map(l -> l.measure(LineMeasure.TOTAL)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal personnel = null;
        BigDecimal publicUse = null;
        var checkLine = table.titleLine();
        for (var row : labels) {
            var total = row.values().get(ColumnRole.TOTAL);
            var line = row.line();
            checkLine = line;
            if (row.label().startsWith("人员经费")) {
                personnel = total;
                reading.figure("EXPENDITURE_PERSONNEL", row.label(), total, table.fund(), basis, line);
            } else if (row.label().startsWith("公用经费")) {
                publicUse = total;
                reading.figure("EXPENDITURE_PUBLIC_USE", row.label(), total, table.fund(), basis, line);
            } else {
                reading.figure("EXPENDITURE_BASIC", table.title() + " " + row.label(), total, table.fund(), basis,
                        line);
                reading.figure("EXPENDITURE_PERSONNEL", table.title() + " 人员经费",
                        row.values().get(ColumnRole.PERSONNEL), table.fund(), basis, line);
                reading.figure("EXPENDITURE_PUBLIC_USE", table.title() + " 公用经费",
                        row.values().get(ColumnRole.PUBLIC_USE), table.fund(), basis, line);
                if (!classes.isEmpty()) {
                    reading.check(line, "合计", "合计 = sum of the 类", total, classSum, null);
                }
            }
        }
        if (personnel != null && publicUse != null && !classes.isEmpty()) {
            reading.check(checkLine, "人员经费合计 + 公用经费合计", "人员经费合计 + 公用经费合计 = sum of the 类",
                    personnel.add(publicUse), classSum, null);
        }
    }
}
