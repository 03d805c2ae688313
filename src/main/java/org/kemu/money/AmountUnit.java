package org.kemu.money;

/** The units disclosures state amounts in. */
public enum AmountUnit {
    YUAN("元", 2),
    WAN_YUAN("万元", 6);

    private final String label;
    private final int fenExponent;

    AmountUnit(String label, int fenExponent) {
        this.label = label;
        this.fenExponent = fenExponent;
    }

    public String label() {
        return label;
    }

    /** Decimal places that separate this unit from 分: 元 has 2, 万元 has 6. */
    int fenExponent() {
        return fenExponent;
    }

    /** The unit for a document's label ("元", "万元"), or null when the label is none of them. */
    public static AmountUnit ofLabel(String label) {
        for (var unit : values()) {
            if (unit.label.equals(label)) {
                return unit;
            }
        }
        return null;
    }
}
