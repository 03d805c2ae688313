package org.kemu.report;

/** Which staff count a per-staff figure divides by. */
public enum StaffBasis {
    /** 实有在编人数: staff actually in post. */
    ACTUAL("实有在编人数"),
    /** 编制数: authorised posts. */
    AUTHORIZED("编制数");

    private final String chineseName;

    StaffBasis(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The count of this basis a report states, or null. */
    public Integer of(Staff staff) {
        if (staff == null) {
            return null;
        }
        return this == ACTUAL ? staff.actual() : staff.authorized();
    }
}
