package org.kemu.support;

import org.kemu.report.ReportIds;

/** The units of the five seed documents, with the ids every database gives them. */
public enum SeedUnit {

    WUTONGQIAO("五通桥区社会保险事务中心", "511112"),
    YANCHI("盐池县社会保险事业管理中心", "640323"),
    PANZHIHUA("攀枝花市社会保险事务中心", "5104"),
    DAZHU("大竹县社会保险事业管理局", "511724"),
    SHUANGPAI("双牌县社会保险服务中心", "431123");

    private final String unitName;
    private final String regionCode;

    SeedUnit(String unitName, String regionCode) {
        this.unitName = unitName;
        this.regionCode = regionCode;
    }

    public String unitName() {
        return unitName;
    }

    public String regionCode() {
        return regionCode;
    }

    public String id() {
        return ReportIds.unitId(regionCode, unitName);
    }
}
