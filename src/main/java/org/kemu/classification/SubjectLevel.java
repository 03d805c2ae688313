package org.kemu.classification;

/** 类 / 款 / 项: the level of a subject, which its code length determines. */
public enum SubjectLevel {
    CLASS(3, "类"),
    SECTION(5, "款"),
    ITEM(7, "项");

    private final int codeLength;
    private final String chineseName;

    SubjectLevel(int codeLength, String chineseName) {
        this.codeLength = codeLength;
        this.chineseName = chineseName;
    }

    public int codeLength() {
        return codeLength;
    }

    public String chineseName() {
        return chineseName;
    }

    public static SubjectLevel ofCode(String code) {
        return ofCodeLength(code.length());
    }

    public static SubjectLevel ofCodeLength(int length) {
        for (var level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        throw new IllegalArgumentException("no subject level has codes of length " + length);
    }
}
