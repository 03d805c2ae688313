package org.kemu.synthetic;

/**
 * Sizes of the synthetic national dataset: how many county-level regions, reporting units per county and years.
 * With 20–80 项 lines per report plus their 类 lines (about 59 lines a report) and the 2,978 county-level regions
 * of the region tree, XS holds about 2 thousand lines, S about 10 thousand, M about 1 million, L about 10 million.
 * Every size spans at least five years, so multi-year roll-ups have data; XS, the smoke tests' size, still has two
 * counties of one province to compare.
 */
public enum DatasetSize {
    XS(6, 1, 6),
    S(30, 1, 6),
    M(Integer.MAX_VALUE, 1, 6),
    L(Integer.MAX_VALUE, 8, 7);

    private final int maxCounties;
    private final int unitsPerCounty;
    private final int years;

    DatasetSize(int maxCounties, int unitsPerCounty, int years) {
        this.maxCounties = maxCounties;
        this.unitsPerCounty = unitsPerCounty;
        this.years = years;
    }

    public int maxCounties() {
        return maxCounties;
    }

    public int unitsPerCounty() {
        return unitsPerCounty;
    }

    public int years() {
        return years;
    }
}
