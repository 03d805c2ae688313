package org.kemu.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the column labels of a table header. A narrow column breaks its label over several lines ("本年支出合" over
 * "计", "对附属单位" over "补" over "助支出"), so a fragment that is no label by itself is joined with the fragments
 * printed below it in the same columns until the words make one.
 */
final class HeaderLabels {

    private static final int LINES_A_LABEL_SPANS = 4;
    private static final int LAYOUT_TOLERANCE = 2;

    record Label<T>(T tag, String text, int start, int end, int line) {

        int center() {
            return (start + end) / 2;
        }
    }

    private record Fragment(String text, int start, int end, int line) {
    }

    private HeaderLabels() {
    }

    static <T> List<Label<T>> find(List<SourceText.Line> lines, Function<String, T> classify) {
        var fragments = new ArrayList<List<Fragment>>();
        for (var line : lines) {
            var row = new ArrayList<Fragment>();
            for (var token : LineTokenizer.tokenize(line)) {
                if (token.isText()) {
                    row.add(new Fragment(token.compact(), token.start(), token.end(), line.number()));
                }
            }
            fragments.add(row);
        }
        var tolerance = lines.stream().anyMatch(SourceText.Line::hasTabs) ? 0 : LAYOUT_TOLERANCE;
        var used = new HashSet<Fragment>();
        var labels = new ArrayList<Label<T>>();
        for (int i = 0; i < fragments.size(); i++) {
            for (var fragment : fragments.get(i)) {
                if (used.contains(fragment)) {
                    continue;
                }
                var tag = classify.apply(fragment.text());
                if (tag != null) {
                    used.add(fragment);
                    labels.add(new Label<>(tag, fragment.text(), fragment.start(), fragment.end(), fragment.line()));
                    continue;
                }
                chainDown(fragments, i, fragment, tolerance, used, classify, labels);
            }
        }
        labels.sort(Comparator.comparingInt(Label::start));
        return labels;
    }

    private static <T> void chainDown(List<List<Fragment>> fragments, int row, Fragment first, int tolerance,
                                      HashSet<Fragment> used, Function<String, T> classify, List<Label<T>> labels) {
        var chain = new ArrayList<Fragment>();
        chain.add(first);
        var text = new StringBuilder(first.text());
        var low = first.start();
        var high = first.end();
        for (int j = row + 1; j < fragments.size() && j <= row + LINES_A_LABEL_SPANS; j++) {
            Fragment below = null;
            for (var candidate : fragments.get(j)) {
                if (!used.contains(candidate) && candidate.start() <= high + tolerance
                        && candidate.end() >= low - tolerance) {
                    below = candidate;
                    break;
                }
            }
            if (below == null) {
                continue;
            }
            chain.add(below);
            text.append(below.text());
            low = Math.min(low, below.start());
            high = Math.max(high, below.end());
            var tag = classify.apply(text.toString());
            if (tag != null) {
                used.addAll(chain);
                labels.add(new Label<>(tag, text.toString(), low, high, first.line()));
                return;
            }
        }
    }
}
