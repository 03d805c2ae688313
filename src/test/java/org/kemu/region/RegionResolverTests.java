package org.kemu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The region found from the names real disclosures print: their units' names (the five seed documents, the
 * samples, the Jiangsu corpus's MANIFEST) and their texts, against the national table of the seed.
 */
class RegionResolverTests {

    private final RegionResolver resolver = RegionResolver.national();

    @ParameterizedTest
    @CsvSource({
            "江苏省高级人民法院, 32",
            "江苏省人大常委会办公厅, 32",
            "江苏省人民检察院, 32",
            "中共江苏省委办公厅, 32",
            "江苏省政协办公厅, 32",
            "上海市普陀区财政局, 310107",
            "上海市普陀区人民政府万里街道办事处, 310107",
            "五通桥区社会保险事务中心, 511112",
            "盐池县社会保险事业管理中心, 640323",
            "攀枝花市社会保险事务中心, 5104",
            "大竹县社会保险事业管理局, 511724",
            "双牌县社会保险服务中心, 431123",
            "乐山市五通桥区社会保险事务中心, 511112",
            "沛县财政局, 320322"})
    void theUnitsNameAloneGivesItsRegion(String unitName, String code) {
        var resolution = resolver.resolve(unitName, null);

        assertThat(resolution.found()).as(resolution.note()).isTrue();
        assertThat(resolution.region().code()).isEqualTo(code);
    }

    @Test
    void aNameTwoRegionsShareIsRefusedNamingBoth() {
        var putuo = resolver.resolve("普陀区财政局", "2024年度部门决算");
        var chaoyang = resolver.resolve("朝阳区教育局", null);

        assertThat(putuo.ambiguous()).isTrue();
        assertThat(putuo.refusal()).contains("310107 上海市 / 市辖区 / 普陀区").contains("330903 浙江省 / 舟山市 / 普陀区");
        assertThat(chaoyang.candidates()).extracting(Region::code).containsExactlyInAnyOrder("110105", "220104");
    }

    @Test
    void theTextTellsTwoSameNamedRegionsApartWhenItNamesOnesProvince() {
        var resolution = resolver.resolve("普陀区财政局", "上海市普陀区财政局2024年度部门决算。按照上海市财政局的要求……");

        assertThat(resolution.region().code()).isEqualTo("310107");
        assertThat(resolution.evidence()).contains("上海市");
    }

    @Test
    void aNameWithoutAPlaceTakesTheRegionOfItsLevelTheTextNames() throws IOException {
        var text = fixture("js_gaoyuan_2019_dept_budget.txt");

        var resolution = resolver.resolve("省高级人民法院", text);

        assertThat(resolution.region().code()).isEqualTo("32");
    }

    @Test
    void twoCharacterCountiesAreNotReadIntoOrdinaryWords() {
        // 高县 (511525) and 新县 (411523) are in 提高县级 and 更新县域; neither is named here
        var resolution = resolver.resolve("区财政局", "提高县级财政保障能力，更新县域规划。");

        assertThat(resolution.found()).isFalse();
        assertThat(resolution.ambiguous()).isFalse();
        assertThat(resolution.refusal()).startsWith("no region found");
    }

    @Test
    void everyRealDisclosureOfTheTestsGetsItsRegionFromItsOwnText() throws IOException {
        var documents = new String[][] {
                {"000_a720d495796a7aa4.txt", "511112"}, {"001_b6243eb5bb848ade.txt", "640323"},
                {"002_595e8d6e8c1c786c.txt", "5104"}, {"003_21ee677c448051c8.txt", "511724"},
                {"004_8d536a5c6791964a.txt", "431123"}, {"js_gaoyuan_2019_dept_budget.txt", "32"},
                {"sh_putuo_caizhengju_2024_final.txt", "310107"},
                {"sh_putuo_wanli_jiedao_2024_dept_budget.txt", "310107"}};
        for (var document : documents) {
            var extraction = new org.kemu.extraction.DisclosureExtractor().extract(fixture(document[0]), document[0], null);

            assertThat(extraction.primary().unit().regionCode()).as(document[0] + ": " + extraction.report().notes())
                    .isEqualTo(document[1]);
        }
    }

    private String fixture(String name) throws IOException {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/extraction/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
