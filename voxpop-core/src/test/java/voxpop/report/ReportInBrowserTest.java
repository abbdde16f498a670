package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in a real headless Chromium (Debian's, found through {@code VOXPOP_CHROMIUM} or
 * at {@code /usr/bin/chromium}) and reads back the DOM after the page's script ran: the filter
 * boxes appear, and typing into one hides the rows that do not match. Skipped without a browser,
 * unless {@code VOXPOP_REQUIRE_SERVERS=1} (as in CI) makes that a failure.
 */
class ReportInBrowserTest {
  @TempDir Path dir;

  @Test
  void scriptShowsTheFiltersAndFiltersTheRegionTable() throws Exception {
    String html = ReportHtmlWriter.render(ReportFixtures.small());
    // Stands in for a user typing into the region filter once the page's own script has run.
    String typing =
        "<script>var b=document.querySelector('input[data-table=region-table]');"
            + "b.value='курская';b.dispatchEvent(new Event('input'));</script></body>";
    Path page = dir.resolve("report.html");
    Files.writeString(page, html.replace("</body>", typing), StandardCharsets.UTF_8);

    String dom = dumpDom(page);

    assertThat(count(dom, "<input class=\"filter\"[^>]*hidden")).isZero();
    assertThat(count(dom, "<input class=\"filter\"")).isEqualTo(2);
    for (String id : ReportHtmlWriter.SECTIONS) {
      assertThat(dom).contains("<section id=\"" + id + "\">");
    }
    Matcher rows =
        Pattern.compile("<table id=\"region-table\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL)
            .matcher(dom);
    assertThat(rows.find()).isTrue();
    List<String> trs =
        Pattern.compile("<tr[^>]*>").matcher(rows.group(1)).results().map(m -> m.group()).toList();
    assertThat(trs).containsExactly("<tr hidden=\"\">", "<tr>");
  }

  private String dumpDom(Path page) throws IOException, InterruptedException {
    String browser = System.getenv().getOrDefault("VOXPOP_CHROMIUM", "/usr/bin/chromium");
    boolean present = Files.isExecutable(Path.of(browser));
    if ("1".equals(System.getenv("VOXPOP_REQUIRE_SERVERS"))) {
      assertThat(present).as("Chromium at %s (VOXPOP_REQUIRE_SERVERS=1)", browser).isTrue();
    }
    assumeTrue(present, "Chromium not available at " + browser + ", skipping");
    Path out = dir.resolve("dom.html");
    Process p =
        new ProcessBuilder(
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom",
                page.toUri().toString())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s");
    }
    assertThat(p.exitValue()).as("Chromium exit status").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static long count(String s, String regex) {
    return Pattern.compile(regex).matcher(s).results().count();
  }
}
