package org.kemu.performance;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an indicator's text allows to be decided, never more: the target and actual as quantities where each is
 * exactly "[comparator] number [unit]", whether the actual met the target, and whether the indicator was scored
 * full marks. {@code met} is null whenever the texts do not decide it: a qualitative target (优良中差, 合规), a
 * target without a comparator (5547人: at least? exactly?), units that differ, or an actual that is prose
 * (20日之前). An actual printed without a unit is in the target's unit, as the tables print the unit once in its
 * own column; a bare actual of at most 1 against a percentage target above 1 could be a fraction and decides
 * nothing. Import stores {@link #properties()} on the indicator for filtering; the API reads the same texts with
 * the same rules.
 */
public record IndicatorReading(Quantity target, Quantity actual, Boolean met, Boolean scoredFull) {

    private static final Pattern QUANTITY = Pattern.compile(
            "(≥|≤|=|>|<)?(\\d+(?:\\.\\d+)?)(" + UnitLabel.UNIT.pattern() + ")?");

    public static IndicatorReading of(String target, String actual, BigDecimal weight, BigDecimal score) {
        var targetQuantity = quantity(target);
        var actualQuantity = quantity(actual);
        return new IndicatorReading(targetQuantity, actualQuantity, met(targetQuantity, actualQuantity),
                weight == null || score == null ? null : score.compareTo(weight) >= 0);
    }

    /** The properties an imported indicator carries for filtering: {@code met} and {@code scoredFull}. */
    public Map<String, Object> properties() {
        var properties = new HashMap<String, Object>();
        properties.put("met", met);
        properties.put("scoredFull", scoredFull);
        return properties;
    }

    static Quantity quantity(String text) {
        if (text == null) {
            return null;
        }
        var matcher = QUANTITY.matcher(normalize(text));
        if (!matcher.matches()) {
            return null;
        }
        return new Quantity(matcher.group(1) == null ? null : Comparator.ofSymbol(matcher.group(1)),
                new BigDecimal(matcher.group(2)), matcher.group(3));
    }

    /** Full-width forms and spaces as the tables print them, e.g. "＝ 100 ％" or "≧90%". */
    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("≧", "≥").replace("≦", "≤").replace(">=", "≥").replace("<=", "≤")
                .replaceAll("\\s+", "");
    }

    private static Boolean met(Quantity target, Quantity actual) {
        if (target == null || actual == null || target.comparator() == null) {
            return null;
        }
        var actualBase = actual.unit() == null
                ? new Quantity(actual.comparator(), actual.value(), target.unit()) : actual;
        if (!actualBase.baseUnit().equals(target.baseUnit())) {
            return null;
        }
        if (actual.unit() == null && "%".equals(target.unit()) && actual.value().compareTo(BigDecimal.ONE) <= 0
                && target.value().compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        var value = actualBase.baseValue();
        var bound = target.baseValue();
        if (actual.comparator() == null || actual.comparator() == Comparator.EQUAL) {
            return target.comparator().holds(value, bound);
        }
        // an actual stated as a bound ("≥90%") meets a target of the same direction it implies; else undecided
        var implied = actual.comparator() == target.comparator() && target.comparator().holds(value, bound);
        return implied ? Boolean.TRUE : null;
    }
}
