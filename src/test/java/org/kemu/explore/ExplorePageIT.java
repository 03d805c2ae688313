package org.kemu.explore;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer in a real browser: headless Chromium, driven over the DevTools protocol, against the test server with
 * the seed data. It opens 盐池县's 2024 决算 through the unit picker and checks that the picture and the tables show
 * the document's figures, switches to the comparison with 五通桥区, downloads its CSV, and visits the other views.
 * Any request that leaves localhost and any console error or uncaught exception (a CSP violation included) fails it.
 * Screenshots of every view go to target/explore-screenshots/. Skipped only when no Chromium is installed.
 */
@KemuIntegrationTest
class ExplorePageIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "explore-screenshots");

    private static HeadlessChromium browser;

    @TempDir
    static Path temporary;

    @LocalServerPort
    int port;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> suggested = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        var binary = HeadlessChromium.binary();
        assumeTrue(binary.isPresent(), "no Chromium found (/usr/bin/chromium or KEMU_CHROMIUM): the explorer's "
                + "browser test is skipped; install the Debian package chromium to run it");
        browser = HeadlessChromium.launch(binary.get(), temporary.resolve("profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyViewShowsTheDocumentsFigures() throws Exception {
        var downloads = Files.createDirectories(temporary.resolve("downloads"));
        var downloaded = new CompletableFuture<String>();
        browser.onEvent(event -> watch(event, downloaded));
        browser.call(null, "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
        var tab = browser.newTab();
        for (var domain : List.of("Page.enable", "Runtime.enable", "Network.enable", "Log.enable")) {
            tab.call(domain, Map.of());
        }
        tab.viewport(1366, 768, false);
        var base = "http://127.0.0.1:" + port + "/explore";

        // a unit's spending, reached the way a visitor does: search by name, pick the unit
        tab.navigate(base);
        tab.waitUntil("document.body.dataset.ready === 'spending' && document.getElementById('unit-search')", WAIT);
        // the region tree of the picker starts with the provinces
        tab.waitUntil("document.querySelector('select.region-level option[value=\"64\"]')", WAIT);
        type(tab, "#unit-search", "盐池");
        tab.waitUntil("[...document.querySelectorAll('.results button.unit')].some(b => b.innerText.includes('"
                + SeedUnit.YANCHI.unitName() + "'))", WAIT);
        tab.evaluate("[...document.querySelectorAll('.results button.unit')].find(b => b.innerText.includes('"
                + SeedUnit.YANCHI.unitName() + "')).click()");
        tab.waitUntil("document.body.dataset.ready === 'spending' && document.getElementById('lines')", WAIT);
        assertThat(text(tab, "#total")).isEqualTo("12,984,142.90 元");
        assertThat(text(tab, "#lines tr[data-code='208']"))
                .contains("12,615,180.13", "2,055,306.13", "10,559,874.00", "97.16%");
        assertThat(text(tab, "#checks")).contains("各项相符");
        // the picture itself: the treemap's 类 208 carries the document's amount
        var treemap = tab.evaluate("echarts.getInstanceByDom(document.getElementById('chart')).getOption()"
                + ".series[0].data.map(node => [node.code, node.line.amount, (node.children || []).length])");
        assertThat(treemap.toString()).contains("[\"208\",\"12615180.13\",3]", "[\"210\",\"126132.77\",1]",
                "[\"221\",\"242830.00\",1]");

        // a deep link reopens the view with a subject chosen: its figures, source and glossary beside the picture
        tab.navigate(base + "#view=spending&unit=" + SeedUnit.YANCHI.id() + "&year=2024&node=2080109");
        tab.waitUntil("document.body.dataset.ready === 'spending' && document.querySelector('.subject-glossary dl')", WAIT);
        assertThat(text(tab, "#detail")).contains("2080109 社会保险经办机构", "1,801,947.97", "公开03表 支出决算表",
                "反映社会保险经办机构开展业务工作的支出。", "五通桥区社会保险事务中心");
        tab.screenshot(SCREENSHOTS.resolve("spending.png"), 1600);

        // compare: the left side starts as the unit just seen; the right side is found by name
        tab.evaluate("document.getElementById('view-compare').click()");
        tab.waitUntil("document.body.dataset.ready === 'compare' && document.getElementById('right-search')", WAIT);
        type(tab, "#right-search", "五通桥");
        tab.waitUntil("[...document.querySelectorAll('.side-right button.unit')].length > 0", WAIT);
        tab.evaluate("document.querySelector('.side-right button.unit').click()");
        tab.waitUntil("document.body.dataset.ready === 'compare' && document.getElementById('compare')", WAIT);
        assertThat(text(tab, "#compare tbody tr:first-child"))
                .contains("208", "12,615,180.13", "8,076,800.00", "-4,538,380.13", "-35.98%");

        tab.evaluate("document.querySelector('a.csv[data-rows=compare]').click()");
        var file = downloads.resolve(downloaded.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        var csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsubject.code,subject.name,left,right,delta,pctChange\r\n");
        assertThat(csv.lines().skip(1).toList()).containsExactly(
                "208,社会保障和就业支出,12615180.13,8076800.00,-4538380.13,-0.35975547580231027",
                "210,卫生健康支出,126132.77,130500.00,4367.23,0.034624071127590396",
                "221,住房保障支出,242830.00,281800.00,38970.00,0.16048264217765515");
        // "open in GraphiQL": the same query and variables, in a tab of their own
        tab.navigate(tab.evaluate("document.querySelector('a.graphiql').href").asString());
        tab.waitUntil("document.querySelector('.graphiql-tab-active')"
                + " && document.querySelector('.graphiql-tab-active').innerText.includes('ExploreCompare')"
                + " && document.querySelector('.graphiql-editor-tool').innerText.includes('511112-3e3a6bec')", WAIT);
        tab.navigate(base + "#view=compare&l=u:" + SeedUnit.YANCHI.id() + "&ly=2024&r=u:" + SeedUnit.WUTONGQIAO.id()
                + "&ry=2024");
        tab.waitUntil("document.body.dataset.ready === 'compare' && document.getElementById('compare')", WAIT);

        // by 项, each side states items the other does not: shown as "no data", never as 0
        tab.evaluate("(() => { const level = document.getElementById('level'); level.value = 'ITEM';"
                + " level.dispatchEvent(new Event('change')); })()");
        tab.waitUntil("document.body.dataset.ready === 'compare' && location.hash.includes('level=ITEM')"
                + " && document.getElementById('compare')", WAIT);
        assertThat(text(tab, "#compare tr[data-code='2080502']")).contains("103,470.00", "无数据");
        tab.screenshot(SCREENSHOTS.resolve("compare.png"), 1600);

        // a region rolled up, drillable to its prefectures
        tab.navigate(base + "#view=region&region=51&year=2024");
        tab.waitUntil("document.body.dataset.ready === 'region' && document.getElementById('by-region')", WAIT);
        assertThat(text(tab, "#by-subject tbody tr:first-child")).contains("208", "21,206,800.00", "90.98%");
        assertThat(text(tab, "#by-region")).contains("攀枝花市", "14,820,600.00", "乐山市", "8,489,100.00");
        tab.screenshot(SCREENSHOTS.resolve("region.png"), 1600);

        // years, in English and 万元: the toggles are part of the link
        tab.navigate(base + "#view=years&unit=" + SeedUnit.SHUANGPAI.id() + "&lang=en&money=WAN_YUAN");
        tab.waitUntil("document.body.dataset.ready === 'years' && document.getElementById('reports')", WAIT);
        assertThat(text(tab, "#views")).contains("Spending", "Compare", "Regions", "Years", "Projects");
        assertThat(text(tab, "#reports")).contains("275.30", "251.72", "8.97", "no data");
        tab.screenshot(SCREENSHOTS.resolve("years.png"), 1600);

        // projects: indicators scored below their weight are marked, as the report states them
        tab.navigate(base + "#view=projects&unit=" + SeedUnit.YANCHI.id() + "&year=2024");
        tab.waitUntil("document.body.dataset.ready === 'projects' && document.querySelector('article.project')", WAIT);
        assertThat(text(tab, "#tables")).contains("2024年企业退休人员民族团结奖", "6,519,000.00");
        assertThat(text(tab, "#tables tr.missed")).contains("预计领取退休职工民族团结奖人数", "5547人", "5433", "9.8");
        tab.screenshot(SCREENSHOTS.resolve("projects.png"), 1600);

        // a phone-width screen
        tab.viewport(390, 844, true);
        tab.navigate(base + "#view=spending&unit=" + SeedUnit.YANCHI.id() + "&year=2024&money=WAN_YUAN");
        tab.waitUntil("document.body.dataset.ready === 'spending' && document.getElementById('lines')", WAIT);
        assertThat(text(tab, "#total")).isEqualTo("1,298.41429 万元");
        assertThat(tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                .as("no sideways scrolling of the page at phone width").isTrue();
        tab.screenshot(SCREENSHOTS.resolve("spending-phone.png"), 1800);

        assertThat(problems).as("console errors and exceptions").isEmpty();
        assertThat(requests).as("requests").isNotEmpty().allSatisfy(url -> assertThat(isLocal(url))
                .as("request to %s stays on this server", url).isTrue());
    }

    private void watch(JsonNode event, CompletableFuture<String> downloaded) {
        var params = event.path("params");
        switch (event.path("method").asString("")) {
            case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asString());
            case "Runtime.consoleAPICalled" -> {
                if (params.path("type").asString("").equals("error")) {
                    problems.add("console.error: " + params.path("args"));
                }
            }
            case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                if (params.path("entry").path("level").asString("").equals("error")) {
                    problems.add("log: " + params.path("entry").path("text").asString());
                }
            }
            case "Browser.downloadWillBegin" -> suggested.add(params.path("suggestedFilename").asString());
            case "Browser.downloadProgress" -> {
                if (params.path("state").asString("").equals("completed") && !suggested.isEmpty()) {
                    downloaded.complete(suggested.getLast());
                }
            }
            default -> {
            }
        }
    }

    private static boolean isLocal(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        var host = URI.create(url).getHost();
        return List.of("127.0.0.1", "localhost", "[::1]").contains(host);
    }

    /** Sets an input's value and fires the input event the page listens to. */
    private static void type(HeadlessChromium.Tab tab, String selector, String value) {
        tab.evaluate("(() => { const input = document.querySelector(" + quote(selector) + "); input.value = "
                + quote(value) + "; input.dispatchEvent(new Event('input', { bubbles: true })); })()");
    }

    private static String text(HeadlessChromium.Tab tab, String selector) {
        var node = tab.evaluate("(() => { const e = document.querySelector(" + quote(selector)
                + "); return e ? e.innerText : null; })()");
        assertThat(node.isNull()).as("element %s on the page", selector).isFalse();
        return node.asString().strip();
    }

    private static String quote(String text) {
        var quoted = new ArrayList<String>();
        text.codePoints().forEach(c -> quoted.add(c == '\'' || c == '\\' ? "\\" + Character.toString(c)
                : Character.toString(c)));
        return "'" + String.join("", quoted) + "'";
    }
}
