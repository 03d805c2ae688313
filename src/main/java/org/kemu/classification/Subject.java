package org.kemu.classification;

import java.util.List;

/**
 * One subject of the classification, e.g. FUNCTION 2080109 社会保险经办机构.
 *
 * @param path the names from the class down to this subject, joined by " / "
 */
public record Subject(Scheme scheme, String code, String name, List<FormerName> formerNames, String path,
                      String source) {

    public SubjectLevel level() {
        return SubjectLevel.ofCode(code);
    }

    public SubjectKey key() {
        return new SubjectKey(scheme, code);
    }

    /** The code of the parent, or null for a class. */
    public String parentCode() {
        return code.length() == 3 ? null : code.substring(0, code.length() - 2);
    }
}
