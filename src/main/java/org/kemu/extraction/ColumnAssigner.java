package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a row's amounts into the table's columns. A row that fills every column is read in order. A row with empty
 * cells (printed blank, or with amounts shifted to another line by the PDF layout) is matched to the columns in
 * order by position, preferring among the possible readings one in which the total equals its parts, and only
 * then the one nearest to where the columns are printed.
 */
final class ColumnAssigner {

    private static final long INCONSISTENT = 1_000_000L;

    record Column(ColumnRole role, int position) {
    }

    /** The column each amount went to. */
    record Assignment(Map<ColumnRole, BigDecimal> values) {
    }

    private ColumnAssigner() {
    }

    /**
     * @param amounts amount and blank-marker tokens in printed order; a blank marker fills a column with no value
     * @return null when the row has more amounts than the table has columns
     */
    static Assignment assign(List<Column> columns, List<Token> amounts) {
        if (amounts.size() > columns.size() || amounts.isEmpty()) {
            return null;
        }
        if (amounts.size() == columns.size()) {
            return new Assignment(valuesOf(columns, amounts, identity(amounts.size())));
        }
        int[] best = null;
        var bestScore = Long.MAX_VALUE;
        for (var choice : combinations(columns.size(), amounts.size())) {
            var values = valuesOf(columns, amounts, choice);
            var score = consistent(values) ? 0 : INCONSISTENT;
            for (int i = 0; i < choice.length; i++) {
                score += Math.abs(amounts.get(i).end() - columns.get(choice[i]).position());
            }
            if (score < bestScore) {
                bestScore = score;
                best = choice;
            }
        }
        return new Assignment(valuesOf(columns, amounts, best));
    }

    /** total = basic + project + … when the row states a total and any part; 基本 = 人员 + 公用 likewise. */
    private static boolean consistent(Map<ColumnRole, BigDecimal> values) {
        var total = values.get(ColumnRole.TOTAL);
        var parts = BigDecimal.ZERO;
        var anyPart = false;
        for (var role : ColumnRole.PARTS_OF_TOTAL) {
            var value = values.get(role);
            if (value != null) {
                parts = parts.add(value);
                anyPart = true;
            }
        }
        if (total != null && anyPart && total.compareTo(parts) != 0) {
            return false;
        }
        var personnel = values.get(ColumnRole.PERSONNEL);
        var publicUse = values.get(ColumnRole.PUBLIC_USE);
        if (personnel != null || publicUse != null) {
            var whole = values.containsKey(ColumnRole.BASIC) ? values.get(ColumnRole.BASIC) : total;
            var split = (personnel == null ? BigDecimal.ZERO : personnel).add(publicUse == null ? BigDecimal.ZERO : publicUse);
            return whole == null || whole.compareTo(split) == 0;
        }
        return true;
    }

    private static Map<ColumnRole, BigDecimal> valuesOf(List<Column> columns, List<Token> amounts, int[] choice) {
        var values = new EnumMap<ColumnRole, BigDecimal>(ColumnRole.class);
        for (int i = 0; i < choice.length; i++) {
            var token = amounts.get(i);
            var role = columns.get(choice[i]).role();
            if (token.isNumber() && !values.containsKey(role)) {
                values.put(role, token.value());
            }
        }
        return values;
    }

    private static int[] identity(int size) {
        var choice = new int[size];
        for (int i = 0; i < size; i++) {
            choice[i] = i;
        }
        return choice;
    }

    /** Every increasing choice of k of n column indexes. */
    static List<int[]> combinations(int n, int k) {
        var result = new ArrayList<int[]>();
        collect(n, k, 0, new int[k], 0, result);
        return result;
    }

    private static void collect(int n, int k, int from, int[] current, int depth, List<int[]> result) {
        if (depth == k) {
            result.add(current.clone());
            return;
        }
        for (int i = from; i <= n - (k - depth); i++) {
            current[depth] = i;
            collect(n, k, i + 1, current, depth + 1, result);
        }
    }
}
