package org.kemu.region;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class RegionIT {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void holdsTheNationalTreeKeyedByCode() {
        var response = graphQl.documentName("regions").execute();
        response.path("provinces[*].code").entityList(String.class).hasSize(31);
        response.path("sichuan.code").entity(String.class).isEqualTo("51");
        response.path("sichuan.level").entity(String.class).isEqualTo("province");
        response.path("sichuan.children[*].name").entityList(String.class).contains("乐山市", "攀枝花市", "达州市");
        response.path("sichuan.units[*].name").entityList(String.class)
                .contains("五通桥区社会保险事务中心", "攀枝花市社会保险事务中心", "大竹县社会保险事业管理局")
                .doesNotContain("盐池县社会保险事业管理中心");
        response.path("county").matchesJson("""
                {"name": "五通桥区", "level": "county", "path": "四川省 / 乐山市 / 五通桥区",
                 "parent": {"code": "5111", "name": "乐山市", "parent": {"code": "51", "name": "四川省"}}}
                """);
        response.path("putuo[*].code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).contains("310107", "330903"));
    }
}
