package org.kemu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kemu.format.ReportDocument.GlossaryPart;

/**
 * Reads the 名词解释: numbered entries "1.财政拨款收入：指…" (or "一、…", "（一）…") after the heading, each running
 * over the lines until the next entry, and ending at the next part of the document.
 */
final class GlossaryReader {

    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:(\\d{1,2})[、.．]|([一二三四五六七八九十]+)、|\\(([一二三四五六七八九十\\d]+)\\))\\s*(.*)$");
    private static final Pattern END = Pattern.compile("^(?:第.{1,3}部分|附件|附表).*|.{0,30}(?:说明|情况|目录)$");
    private static final int HEADING_LENGTH = 25;
    private static final int ENTRY_REACH = 6;
    /** How far into an entry the colon after its term may be: a definition, not a heading with a sentence. */
    private static final int TERM_LENGTH = 80;

    /** An entry being read; closed once an editorial note follows its definition. */
    private static final class Entry {
        final String number;
        final StringBuilder text;
        boolean closed;

        Entry(String number, StringBuilder text) {
            this.number = number;
            this.text = text;
        }
    }

    List<GlossaryPart> read(SourceText text, Set<Integer> tableLines) {
        var heading = heading(text);
        if (heading < 0) {
            return List.of();
        }
        var entries = new ArrayList<Entry>();
        for (int n = heading + 1; n <= text.size(); n++) {
            var line = text.line(n);
            if (line.isBlank() || line.compact().matches("\\d{1,3}")) {
                continue;
            }
            if (tableLines.contains(n) || END.matcher(line.compact()).matches() && !entries.isEmpty()
                    && !ENTRY.matcher(line.folded()).matches()) {
                break;
            }
            var entry = ENTRY.matcher(line.folded());
            if (entry.matches()) {
                var number = entry.group(1) != null ? entry.group(1)
                        : entry.group(2) != null ? entry.group(2) : entry.group(3);
                var body = line.text().substring(entry.start(4));
                entries.add(new Entry(number, new StringBuilder(ProseText.clean(body))));
            } else if (!entries.isEmpty()) {
                var last = entries.getLast();
                last.closed = last.closed || isEditorialNote(last, line);
                if (!last.closed) {
                    last.text.append(ProseText.clean(line.text()));
                }
            }
        }
        var glossary = new ArrayList<GlossaryPart>();
        for (var entry : entries) {
            var all = entry.text.toString();
            var colon = firstColon(all);
            if (colon <= 0 || colon == all.length() - 1) {
                continue;
            }
            glossary.add(new GlossaryPart(entry.number, all.substring(0, colon).strip(),
                    all.substring(colon + 1).strip()));
        }
        return glossary;
    }

    /**
     * A bracketed remark on its own line after a finished definition ("（注：名词解释部分请根据…）", "（解释本单位…）"):
     * the template's instruction to whoever fills it in, not part of the definition.
     */
    private static boolean isEditorialNote(Entry entry, SourceText.Line line) {
        var text = entry.text;
        return !text.isEmpty() && text.charAt(text.length() - 1) == '。' && line.folded().strip().startsWith("(");
    }

    /**
     * The 名词解释 heading followed by a definition ("一、财政拨款收入：指…"); a table of contents lists the heading
     * followed by other headings.
     */
    private static int heading(SourceText text) {
        for (var line : text.lines()) {
            var compact = line.compact();
            if (!compact.contains("名词解释") || compact.length() > HEADING_LENGTH || compact.contains("…")) {
                continue;
            }
            var seen = 0;
            for (int n = line.number() + 1; n <= text.size() && seen < ENTRY_REACH; n++) {
                var next = text.line(n);
                if (next.isBlank()) {
                    continue;
                }
                seen++;
                var colon = firstColon(next.folded());
                if (ENTRY.matcher(next.folded()).matches() && colon > 0 && colon < TERM_LENGTH) {
                    return line.number();
                }
            }
        }
        return -1;
    }

    private static int firstColon(String text) {
        var half = text.indexOf(':');
        var full = text.indexOf('：');
        if (half < 0) {
            return full;
        }
        return full < 0 ? half : Math.min(half, full);
    }
}
