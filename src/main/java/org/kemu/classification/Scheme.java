package org.kemu.classification;

/** The classification schemes of the 政府收支分类科目 that kemu holds. */
public enum Scheme {
    FUNCTION("支出功能分类", 7),
    ECONOMIC_DEPT("部门预算支出经济分类", 5),
    ECONOMIC_GOV("政府预算支出经济分类", 5);

    private final String chineseName;
    private final int finestCodeLength;

    Scheme(String chineseName, int finestCodeLength) {
        this.chineseName = chineseName;
        this.finestCodeLength = finestCodeLength;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The finest level this scheme has: 项 for the function scheme, 款 for the economic ones. */
    public SubjectLevel finestLevel() {
        return SubjectLevel.ofCodeLength(finestCodeLength);
    }

    /** Whether a code has the shape of this scheme (digits, a valid length, the right first digit). */
    public boolean isWellFormed(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        var length = code.length();
        if (length != 3 && length != 5 && length != 7 || length > finestCodeLength) {
            return false;
        }
        return switch (this) {
            case FUNCTION -> code.charAt(0) == '2';
            case ECONOMIC_DEPT -> code.charAt(0) == '3';
            case ECONOMIC_GOV -> code.charAt(0) == '5';
        };
    }

    public String describeCodeShape() {
        return switch (this) {
            case FUNCTION -> "3, 5 or 7 digits starting with 2 (类/款/项)";
            case ECONOMIC_DEPT -> "3 or 5 digits starting with 3 (类/款)";
            case ECONOMIC_GOV -> "3 or 5 digits starting with 5 (类/款)";
        };
    }
}
