package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst's page in a real headless Chromium over the demo store (the API tests' store, with
 * its hostile document): it loads with no request leaving 127.0.0.1, every view draws the store's
 * events, a filter narrows every view, an event shows its evidence highlighted in its document, and
 * markup from a document stays text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageIT {
  private SitrepServer server;
  private Browser browser;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    server = SitrepServer.start(DemoStore.path(), ServerOptions.defaults());
    browser = Browser.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  private List<JsonNode> events(String query) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    api("/events?limit=500" + (query.isEmpty() ? "" : "&" + query)).get("items").forEach(out::add);
    return out;
  }

  private static long placed(List<JsonNode> events) {
    return events.stream()
        .filter(e -> e.hasNonNull("location") && e.get("location").hasNonNull("lat"))
        .count();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private WebElement el(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private String attr(String css, String name) {
    return el(css).getAttribute(name);
  }

  private int intAttr(String css, String name) {
    String v = attr(css, name);
    return v == null ? -1 : Integer.parseInt(v);
  }

  /** Opens the page at path and waits until every view has drawn. */
  private void open(String path) {
    browser.driver.get(server.url() + path);
    browser.until(
        d ->
            "ready".equals(attr("body", "data-state"))
                && "ready".equals(attr("#timeline", "data-state"))
                && "ready".equals(attr("#map", "data-state"))
                && "ready".equals(attr("#network", "data-state"))
                && "ready".equals(attr("#events", "data-state")));
  }

  /** The numbers each view shows. */
  private Map<String, Integer> views() {
    Map<String, Integer> v = new TreeMap<>();
    v.put("timeline", intAttr("#timeline", "data-events"));
    v.put("map", intAttr("#map", "data-points") + intAttr("#map", "data-regions"));
    v.put("network", intAttr("#network", "data-actors"));
    v.put("table", intAttr("#events", "data-rows"));
    return v;
  }

  @Test
  void thePageLoadsAndWorksWithNoRequestLeavingLoopback() throws Exception {
    browser.driver.get("about:blank");
    browser.forgetRequests();
    open("/");
    browser.driver.findElements(By.cssSelector("#events tbody tr")).get(0).click();
    browser.until(d -> "ready".equals(attr("#panel", "data-state")));
    el("#panel").sendKeys(Keys.ESCAPE);
    browser.until(d -> !el("#panel").isDisplayed());
    browser.driver.findElements(By.cssSelector("#network-list button")).get(0).click();
    browser.until(
        d ->
            "actor".equals(attr("#panel", "data-kind"))
                && "ready".equals(attr("#panel", "data-state")));
    browser.until(d -> "ready".equals(attr("body", "data-state")));

    List<String> requests = browser.requests();
    @SuppressWarnings("unchecked")
    List<String> timed =
        (List<String>)
            browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
    assertThat(requests)
        .as("the network log saw the page, its scripts, the base map and the API")
        .anyMatch(u -> u.contains("/vendor/leaflet/dist/leaflet.js"))
        .anyMatch(u -> u.contains("/vendor/world-atlas/countries-50m.json"))
        .anyMatch(u -> u.contains("/api/v1/events"))
        .anyMatch(u -> u.contains("/api/v1/documents/"));
    List<String> all = new ArrayList<>(requests);
    all.addAll(timed);
    String local = server.url().replace("localhost", "127.0.0.1");
    assertThat(all)
        .as("every request stays on 127.0.0.1")
        .allSatisfy(
            u ->
                assertThat(
                        u.startsWith(local + "/") || u.startsWith("data:") || u.startsWith("blob:"))
                    .as(u)
                    .isTrue());
  }

  @Test
  void theTimeLineMapNetworkAndTableDrawTheStoresEvents() throws Exception {
    List<JsonNode> all = events("");
    JsonNode stats = api("/stats");
    int dayDated = 0;
    for (JsonNode c : stats.get("by_day_type")) {
      dayDated += c.get("count").asInt();
    }
    open("/");

    assertThat(intAttr("#events", "data-rows")).isEqualTo(all.size());
    assertThat(browser.driver.findElements(By.cssSelector("#events tbody tr"))).hasSize(all.size());

    assertThat(intAttr("#timeline", "data-events")).isEqualTo(dayDated).isPositive();
    Long painted =
        (Long)
            browser.js(
                "const c = document.querySelector('#timeline canvas');"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;"
                    + "return n;");
    assertThat(painted).as("the time line's canvas has bars drawn").isPositive();

    assertThat(intAttr("#map", "data-base")).as("Natural Earth countries").isGreaterThan(150);
    assertThat(intAttr("#map", "data-points") + intAttr("#map", "data-regions"))
        .isEqualTo(placed(all))
        .isPositive();
    assertThat(browser.driver.findElements(By.cssSelector("#map .ev-pin, #map .ev-cluster")).size())
        .as("dots or clusters on the map")
        .isPositive();
    assertThat(browser.driver.findElements(By.cssSelector("#map path")).size())
        .as("country shapes drawn")
        .isGreaterThan(150);

    long nodes = (Long) browser.js("return window.sitrep.network.cy.nodes().length;");
    assertThat(nodes).isEqualTo(intAttr("#network", "data-nodes")).isPositive();
    assertThat(intAttr("#network", "data-edges")).isPositive();
    assertThat(browser.driver.findElements(By.cssSelector("#network canvas"))).isNotEmpty();

    browser.screenshot("page");
    browser.screenshot("timeline", el("#timeline-view"));
    browser.screenshot("map", el("#map-view"));
    browser.screenshot("network", el("#network-view"));
    browser.screenshot("table", el("#table-view"));
  }

  @Test
  void aCountryFilterNarrowsEveryViewAndStaysInTheUrl() throws Exception {
    JsonNode stats = api("/stats");
    String country = stats.get("by_country").get(0).get("key").asText();
    List<JsonNode> chosen = events("country=" + enc(country));
    open("/");
    Map<String, Integer> before = views();

    new Select(el("#f-country")).selectByValue(country);
    browser.until(d -> intAttr("#events", "data-rows") == chosen.size());
    browser.until(d -> "ready".equals(attr("body", "data-state")));
    Map<String, Integer> after = views();

    assertThat(after.get("table")).isEqualTo(chosen.size()).isLessThan(before.get("table"));
    assertThat(after.get("map")).isEqualTo(placed(chosen)).isLessThan(before.get("map"));
    assertThat(after.get("timeline")).isLessThan(before.get("timeline"));
    assertThat(after.get("network")).isPositive().isLessThan(before.get("network"));
    for (WebElement row : browser.driver.findElements(By.cssSelector("#events tbody tr"))) {
      assertThat(row.findElements(By.tagName("td")).get(7).getText()).isEqualTo(country);
    }
    assertThat(browser.driver.getCurrentUrl()).contains("country=" + enc(country));
    browser.screenshot("filtered-" + country.replaceAll("\\W", "_"));

    // The URL alone brings the same view back.
    open("/?country=" + enc(country));
    assertThat(views()).isEqualTo(after);
    assertThat(new Select(el("#f-country")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(country);
  }

  @Test
  void clickingAnActorInTheNetworkFiltersTheOtherViews() throws Exception {
    open("/");
    int before = intAttr("#events", "data-rows");
    @SuppressWarnings("unchecked")
    Map<String, Object> node =
        (Map<String, Object>)
            browser.js(
                "const cy = window.sitrep.network.cy;"
                    + "const n = cy.nodes().sort((a, b) => b.degree() - a.degree())[0];"
                    + "const p = n.renderedPosition();"
                    + "return {id: n.id(), x: p.x, y: p.y};");
    String id = (String) node.get("id");
    List<JsonNode> expected = events("actor=" + enc(id));
    WebElement canvas = el("#network");
    int dx =
        (int) Math.round(((Number) node.get("x")).doubleValue() - canvas.getSize().width / 2.0);
    int dy =
        (int) Math.round(((Number) node.get("y")).doubleValue() - canvas.getSize().height / 2.0);
    new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();

    browser.until(d -> d.getCurrentUrl().contains("actor=" + enc(id)));
    browser.until(d -> intAttr("#events", "data-rows") == expected.size());
    browser.until(
        d ->
            "actor".equals(attr("#panel", "data-kind"))
                && "ready".equals(attr("#panel", "data-state")));
    assertThat(expected.size()).isLessThan(before);
    assertThat(el("#panel-title").getText()).isNotBlank();
    assertThat(el("#panel-body").getText())
        .containsIgnoringCase("Relations")
        .containsIgnoringCase("Events (");
    browser.screenshot("actor-panel");
  }

  @Test
  void clickingAnEventShowsItsEvidenceSentenceHighlightedInItsDocument() throws Exception {
    List<JsonNode> all = events("sort=-sources");
    JsonNode most = all.get(0);
    for (JsonNode e : all) {
      if (e.get("sources").asInt() > most.get("sources").asInt()
          || (e.get("disagreements").size() > most.get("disagreements").size())) {
        most = e;
      }
    }
    String id = most.get("id").asText();
    JsonNode detail = api("/events/" + enc(id));
    open("/");

    el("#events tbody tr[data-event='" + id + "']").click();
    browser.until(
        d -> id.equals(attr("#panel", "data-id")) && "ready".equals(attr("#panel", "data-state")));

    List<WebElement> marks =
        browser.driver.findElements(By.cssSelector("#panel .report mark.evidence"));
    assertThat(marks).hasSize(detail.get("reports").size());
    for (int i = 0; i < marks.size(); i++) {
      JsonNode report = detail.get("reports").get(i);
      JsonNode doc = api("/documents/" + enc(report.get("document_id").asText()));
      String sentence =
          doc.get("text")
              .asText()
              .substring(
                  report.get("span").get("begin").asInt(), report.get("span").get("end").asInt());
      assertThat(normal(marks.get(i).getText())).isEqualTo(normal(sentence));
      assertThat(marks.get(i).getCssValue("background-color"))
          .as("the sentence is highlighted")
          .isNotIn("rgba(0, 0, 0, 0)", "transparent");
    }
    assertThat(el("#panel-title").getText()).contains(detail.get("sub_event_type").asText());
    assertThat(el("#events tbody tr.selected").getAttribute("data-event")).isEqualTo(id);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#event/" + enc(id));
    browser.screenshot("event-panel");
    browser.screenshot("event-panel-only", el("#panel"));

    // Escape closes the panel and takes it out of the URL.
    el("#panel").sendKeys(Keys.ESCAPE);
    browser.until(d -> !el("#panel").isDisplayed());
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("#event/");
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void theTableIsSortableAndKeyboardUsable() throws Exception {
    open("/");
    el("#events th[data-key='fat'] button").click();
    browser.until(d -> "descending".equals(attr("#events th[data-key='fat']", "aria-sort")));
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#events tbody tr"));
    List<Integer> killed = new ArrayList<>();
    for (WebElement row : rows) {
      String cell = row.findElements(By.tagName("td")).get(8).getText();
      killed.add(cell.equals("—") ? -1 : Integer.parseInt(cell.split(" ")[0]));
    }
    assertThat(killed).isSortedAccordingTo((a, b) -> b - a);

    rows.get(0).click();
    browser.until(d -> "ready".equals(attr("#panel", "data-state")));
    el("#panel").sendKeys(Keys.ESCAPE);
    browser.until(d -> !el("#panel").isDisplayed());
    rows = browser.driver.findElements(By.cssSelector("#events tbody tr"));
    rows.get(0).sendKeys(Keys.ARROW_DOWN);
    String second = rows.get(1).getAttribute("data-event");
    browser.until(d -> second.equals(d.switchTo().activeElement().getAttribute("data-event")));
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.until(d -> second.equals(attr("#panel", "data-id")));
  }

  @Test
  void brushingTheTimeLineSelectsADateRange() throws Exception {
    open("/");
    int before = intAttr("#events", "data-rows");
    WebElement over = el("#timeline .u-over");
    int w = over.getSize().width;
    // Drag across the right half of the time line, where the recent events are.
    new Actions(browser.driver)
        .moveToElement(over, 0, 0)
        .clickAndHold()
        .moveByOffset(w / 2 - 2, 0)
        .release()
        .perform();
    browser.until(d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
    browser.until(
        d ->
            "ready".equals(attr("body", "data-state")) && intAttr("#events", "data-rows") < before);
    browser.screenshot("brushed-timeline", el("#timeline-view"));
    assertThat(el("#f-from").getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(el("#f-to").getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void aBadFilterIsNamedAndTheViewsStayAsTheyWere() throws Exception {
    open("/");
    int before = intAttr("#events", "data-rows");
    WebElement from = el("#f-from");
    from.sendKeys("2024-13");
    from.sendKeys(Keys.ENTER);
    browser.until(d -> el("#error").isDisplayed());
    assertThat(el("#error").getText()).startsWith("from:");
    assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(intAttr("#events", "data-rows")).isEqualTo(before);
  }

  @Test
  void aHostileDocumentTitleAndTextShowAsTextAndRunNothing() throws Exception {
    JsonNode hit = api("/events?q=" + enc("Red Hand Brigade")).get("items").get(0);
    String id = hit.get("id").asText();
    open("/#event/" + enc(id));
    browser.until(
        d -> id.equals(attr("#panel", "data-id")) && "ready".equals(attr("#panel", "data-state")));

    assertThat(browser.driver.findElements(By.cssSelector("#panel .doc-title")))
        .extracting(WebElement::getText)
        .contains(DemoStore.HOSTILE_TITLE);
    assertThat(el("#panel .report .doctext").getText()).contains("<script>alert(2)</script>");
    assertThat(browser.driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#panel script"))).isEmpty();
    boolean alert;
    try {
      browser.driver.switchTo().alert();
      alert = true;
    } catch (NoAlertPresentException e) {
      alert = false;
    }
    assertThat(alert).as("neither alert(1) nor alert(2) ran").isFalse();
    browser.screenshot("hostile-title", el("#panel"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> module(String path, String call) {
    return (Map<String, Object>)
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('"
                + path
                + "').then(m => done("
                + call
                + "));");
  }

  @Test
  void theTimeLineBucketsByDayWeekOrMonthAsTheSpanGrows() {
    open("/");
    // Invented counts: two days apart, 300 days apart, five years apart.
    Map<String, Object> days =
        module(
            "/js/timeline.js",
            "(b => ({step: b.step, n: b.xs.length, counts: b.counts}))(m.bucket(["
                + "{date: '2031-05-01', event_type: 'Battles', count: 2},"
                + "{date: '2031-05-03', event_type: 'Riots', count: 1}]))");
    assertThat(days.get("step")).isEqualTo("day");
    assertThat(days.get("n")).isEqualTo(3L);
    assertThat(days.get("counts").toString()).isEqualTo("[[2, 0, 0], [0, 0, 1]]");
    Map<String, Object> weeks =
        module(
            "/js/timeline.js",
            "(b => ({step: b.step, first: new Date(b.xs[0] * 1000).toISOString().slice(0, 10)}))("
                + "m.bucket([{date: '2031-05-01', event_type: 'Battles', count: 1},"
                + "{date: '2032-02-25', event_type: 'Battles', count: 1}]))");
    assertThat(weeks.get("step")).isEqualTo("week");
    assertThat(weeks.get("first")).as("the Monday of that week").isEqualTo("2031-04-28");
    Map<String, Object> months =
        module(
            "/js/timeline.js",
            "(b => ({step: b.step, n: b.xs.length}))(m.bucket(["
                + "{date: '2031-05-17', event_type: 'Battles', count: 1},"
                + "{date: '2036-05-02', event_type: 'Protests', count: 4}]))");
    assertThat(months.get("step")).isEqualTo("month");
    assertThat(months.get("n")).isEqualTo(61L);
  }

  @Test
  void anExcerptMarksTheSpanAndCutsAtWords() {
    open("/");
    Map<String, Object> excerpt =
        module(
            "/js/dom.js",
            "(() => { const p = document.createElement('p');"
                + " p.append(...m.marked('The ferry left at dawn. Rebels shelled the port town."
                + " Nobody was hurt.', 24, 53, 10, 'evidence'));"
                + " return {text: p.textContent, mark: p.querySelector('mark').textContent}; })()");
    assertThat(excerpt.get("mark")).isEqualTo("Rebels shelled the port town.");
    assertThat(excerpt.get("text")).isEqualTo("… at dawn. Rebels shelled the port town. Nobody …");
  }

  @Test
  void slashGoesToTheTextFilterAndTGoesToTheTable() {
    open("/");
    new Actions(browser.driver).sendKeys("/").perform();
    browser.until(d -> "f-q".equals(d.switchTo().activeElement().getAttribute("id")));
    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    new Actions(browser.driver).sendKeys("t").perform();
    browser.until(d -> d.switchTo().activeElement().getAttribute("data-event") != null);
  }
}
