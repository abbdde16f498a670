package voxpop.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import voxpop.pipeline.AnalysisResult;

/**
 * Writes {@code report.html}: one self-contained page for the editors of a broadcast. Top to
 * bottom:
 *
 * <ol>
 *   <li>{@code #totals} — appeals, questions, people, accepted, screened out by class, duplicates,
 *       campaigns ({@link SummarySections});
 *   <li>{@code #themes} — the ranking by people with shares, then one card per theme with key
 *       phrases, sub-themes, rising marker and samples, the rest expandable ({@link
 *       ThemeSections});
 *   <li>{@code #trends} — rising themes and the volume per day with the last 48 hours marked;
 *   <li>{@code #regions} — the ranking of regions with their top themes ({@link TableSections});
 *   <li>{@code #audience} — channel, age group, gender and language shares;
 *   <li>{@code #campaigns} — coordinated campaigns;
 *   <li>{@code #screening} — screened-out questions by class and reason, examples collapsed;
 *   <li>{@code #provenance} — what produced the result.
 * </ol>
 *
 * <p>All CSS and the little script (table filters) are inline, charts are inline SVG, and nothing
 * is fetched from anywhere; without scripts the page loses only the filter boxes. Every text that
 * comes from citizens or the input (samples, labels, region names, file names) is escaped. The
 * markup is also well-formed XML. Deterministic: the same result gives the same bytes. Stateless
 * and thread-safe.
 */
public final class ReportHtmlWriter {
  /** The ids of the page's sections, in page order. */
  public static final List<String> SECTIONS =
      List.of(
          "totals",
          "themes",
          "trends",
          "regions",
          "audience",
          "campaigns",
          "screening",
          "provenance");

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private ReportHtmlWriter() {}

  /** Writes the page for {@code result} to {@code file} (UTF-8), replacing it. */
  public static void write(AnalysisResult result, Path file) throws IOException {
    Files.write(file, render(result).getBytes(StandardCharsets.UTF_8));
  }

  /** The page for {@code result}. */
  public static String render(AnalysisResult result) {
    ReportContext c = new ReportContext(result);
    int samples = 0;
    for (var t : c.themes) {
      samples += ReportContext.orEmpty(t.samples()).size();
    }
    Html h = new Html(64 * 1024 + samples * 600);
    h.raw("<!DOCTYPE html>").nl();
    h.raw("<html lang=\"ru\">").nl().raw("<head>").nl();
    h.raw("<meta charset=\"utf-8\"/>").nl();
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").nl();
    h.raw("<meta name=\"generator\" content=\"voxpop ").text(c.run.version()).raw("\"/>").nl();
    h.raw("<title>voxpop — ").text(c.run.input()).raw("</title>").nl();
    h.raw("<style>").nl().raw(CSS).raw("</style>").nl();
    h.raw("</head>").nl().raw("<body>").nl();
    SummarySections.header(h, c);
    SummarySections.totals(h, c);
    ThemeSections.themes(h, c);
    ThemeSections.trends(h, c);
    TableSections.regions(h, c);
    SummarySections.audience(h, c);
    TableSections.campaigns(h, c);
    TableSections.screening(h, c);
    SummarySections.provenance(h, c);
    h.raw("<script>//<![CDATA[").nl().raw(JS).raw("//]]></script>").nl();
    h.raw("</body>").nl().raw("</html>").nl();
    return h.toString();
  }

  /** Opens {@code <section id>} with a bilingual heading. */
  static void open(Html h, String id, String ru, String en) {
    h.raw("<section id=\"").raw(id).raw("\">").nl().raw("<h2>");
    Labels.bi(h, ru, en).raw("</h2>").nl();
  }

  static void close(Html h) {
    h.raw("</section>").nl();
  }

  /** A muted line that says there is nothing to show. */
  static void nothing(Html h, String ru, String en) {
    h.raw("<p class=\"empty\">");
    Labels.bi(h, ru, en).raw("</p>").nl();
  }

  private static String resource(String name) {
    try (InputStream in = ReportHtmlWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource voxpop/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
