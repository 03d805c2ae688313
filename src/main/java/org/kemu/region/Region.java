package org.kemu.region;

/**
 * An administrative region. Codes follow GB/T 2260 without trailing zeros — 2 digits for a province, 4 for a
 * prefecture, 6 for a county — so a region's code is a prefix of every code below it.
 *
 * @param level province, prefecture or county
 * @param path  names from the province down, joined by " / "
 */
public record Region(String code, String name, String level, String path) {

    public String parentCode() {
        return code.length() <= 2 ? null : code.substring(0, code.length() - 2);
    }

    public static String levelOf(String code) {
        return switch (code.length()) {
            case 2 -> "province";
            case 4 -> "prefecture";
            case 6 -> "county";
            default -> throw new IllegalArgumentException("region codes have 2, 4 or 6 digits: " + code);
        };
    }
}
