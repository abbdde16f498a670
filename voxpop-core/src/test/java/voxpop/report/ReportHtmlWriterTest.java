package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import voxpop.pipeline.AnalysisResult;

class ReportHtmlWriterTest {
  @TempDir Path dir;

  @Test
  void smallReportMatchesGoldenFile() throws IOException {
    Path out = dir.resolve("report.html");
    ReportHtmlWriter.write(ReportFixtures.small(), out);
    Golden.assertMatches(out, "report-small.html");
  }

  @Test
  void everySectionIsPresentInOrderWithUniqueIdsAndWorkingLinks() throws Exception {
    for (AnalysisResult r :
        List.of(
            ReportFixtures.small(),
            ReportFixtures.empty(),
            ReportFixtures.large(4, 6),
            RealisticResult.build(42))) {
      Document doc = parse(ReportHtmlWriter.render(r));
      assertThat(strings(doc, "/html/body/section/@id")).isEqualTo(ReportHtmlWriter.SECTIONS);
      List<String> ids = strings(doc, "//@id");
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      for (String href : strings(doc, "//a/@href")) {
        assertThat(href).startsWith("#");
        assertThat(ids).contains(href.substring(1));
      }
    }
  }

  @Test
  void pageNeedsNothingFromOutside() throws Exception {
    String html = ReportHtmlWriter.render(ReportFixtures.small());
    Document doc = parse(html);
    assertThat(strings(doc, "//@src")).isEmpty();
    assertThat(strings(doc, "//link")).isEmpty();
    assertThat(strings(doc, "//script")).hasSize(1);
    assertThat(strings(doc, "//style")).hasSize(1);
    assertThat(strings(doc, "//@*[contains(., '://')]")).isEmpty();
    String style = strings(doc, "//style").get(0);
    assertThat(style.contains("url(") || style.contains("@import")).isFalse();
  }

  @Test
  void emptyResultSaysSoAndStillHasEverySection() throws Exception {
    String html = ReportHtmlWriter.render(ReportFixtures.empty());
    assertThat(strings(parse(html), "//p[@class='notice']"))
        .containsExactly("В этом запуске нет обращений. This run has no appeals.");
    assertThat(strings(parse(html), "//article")).isEmpty();
  }

  @Test
  void citizensTextLabelsAndRegionNamesAreEscaped() throws Exception {
    String html = ReportHtmlWriter.render(ThemesJsonWriterTest.hostile());
    assertThat(html.contains("<script>alert")).isFalse();
    assertThat(
            html.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \\ \t \uFFFD «ёлка» 😀"))
        .isTrue();
    assertThat(html.contains("<span class=\"chip\">a &amp; b</span>")).isTrue();
    Document doc = parse(html);
    assertThat(strings(doc, "//script")).hasSize(1);
    String expected = ThemesJsonWriterTest.HOSTILE.replace('\u0001', '\uFFFD');
    assertThat(strings(doc, "//section[@id='regions']//tbody/tr[1]/td[2]"))
        .containsExactly(expected);
    assertThat(strings(doc, "//article[@id='theme-t01']//h3")).containsExactly(expected);
    assertThat(strings(doc, "//section[@id='campaigns']//tbody//span[@class='q']"))
        .containsExactly(expected);
  }

  @Test
  void escapeCoversMarkupQuotesAndForbiddenCharacters() {
    assertThat(Html.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(Html.esc("a\u0000b\u001fc\u007f\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD\uFFFDd");
    assertThat(Html.esc("lone \uD800 high, pair \uD83D\uDE00"))
        .isEqualTo("lone \uFFFD high, pair 😀");
    assertThat(Html.esc("line\r\nnext\rlast")).isEqualTo("line\nnext\nlast");
    assertThat(Html.esc("")).isEmpty();
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void sameResultGivesIdenticalBytes() {
    assertThat(ReportHtmlWriter.render(ReportFixtures.small()))
        .isEqualTo(ReportHtmlWriter.render(ReportFixtures.small()));
    AnalysisResult large = ReportFixtures.large(5, 20);
    assertThat(ReportHtmlWriter.render(large)).isEqualTo(ReportHtmlWriter.render(large));
  }

  @Test
  void threeSamplesAreVisibleAndTheRestExpandable() throws Exception {
    Document doc = parse(ReportHtmlWriter.render(ReportFixtures.large(2, 100)));
    String card = "//article[@id='theme-t01']";
    assertThat(strings(doc, card + "/ol[@class='samples']/li")).hasSize(3);
    assertThat(strings(doc, card + "/details/ol[@class='samples']/li")).hasSize(97);
    assertThat(strings(doc, card + "/details/summary"))
        .containsExactly("Ещё 97 вопросов 97 more questions");
    assertThat(strings(doc, card + "//details[@open]")).isEmpty();
  }

  @Test
  void themeCardShowsKeyPhrasesSubthemesAndRisingMarker() throws Exception {
    Document doc = parse(ReportHtmlWriter.render(ReportFixtures.small()));
    assertThat(strings(doc, "//article[@id='theme-t01']//span[@class='chip']"))
        .containsExactly("индексация пенсий", "пенсия", "работающим пенсионерам");
    assertThat(strings(doc, "//article[@id='theme-t01']//table[@class='subs']//tr/@id"))
        .containsExactly("theme-t01.1", "theme-t01.2");
    assertThat(strings(doc, "//article[@id='theme-t02']//span[@class='rise-mark']"))
        .containsExactly("▲ ×3.1");
    assertThat(
            strings(doc, "//article[@id='theme-t01']/div[@class='head']/span[@class='rise-mark']"))
        .isEmpty();
    assertThat(strings(doc, "//section[@id='trends']//tbody/tr/td[1]"))
        .containsExactly("тарифы ЖКХ", "индексация пенсий › сельская надбавка к пенсии");
  }

  @Test
  void screenedExamplesAreCollapsed() throws Exception {
    Document doc = parse(ReportHtmlWriter.render(ReportFixtures.small()));
    assertThat(strings(doc, "//section[@id='screening']//details/summary"))
        .containsExactly("Спам и реклама Spam (1)", "Брань и оскорбления Abuse (1)");
    assertThat(strings(doc, "//section[@id='screening']//details[@open]")).isEmpty();
    assertThat(strings(doc, "//section[@id='screening']//tbody/tr/td[4]"))
        .containsExactly("spam.link 2", "abuse.obscene 1", "gibberish.no_words 1", "empty.blank 1");
  }

  @Test
  void regionTableRanksRegionsAndLinksTheirThemes() throws Exception {
    Document doc = parse(ReportHtmlWriter.render(ReportFixtures.small()));
    assertThat(strings(doc, "//section[@id='regions']//tbody/tr/td[2]"))
        .containsExactly("г. Москва", "Курская область");
    assertThat(strings(doc, "//section[@id='regions']//tbody/tr[1]/td[5]"))
        .containsExactly("60.0%");
    assertThat(strings(doc, "//section[@id='regions']//tbody/tr[1]//a/@href"))
        .containsExactly("#theme-t01", "#theme-t02");
  }

  @Test
  void fiftyThemesWithAHundredSamplesStayAFewMegabytes() {
    String html = ReportHtmlWriter.render(ReportFixtures.large(50, 100));
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isBetween(1_000_000, 4_000_000);
  }

  @Test
  void writesUtf8ToTheFile() throws IOException {
    Path out = dir.resolve("report.html");
    ReportHtmlWriter.write(ReportFixtures.small(), out);
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(ReportHtmlWriter.render(ReportFixtures.small()));
  }

  /** Parses the page strictly as XML: it fails on any unclosed tag or unescaped character. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> strings(Document doc, String xpath) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
