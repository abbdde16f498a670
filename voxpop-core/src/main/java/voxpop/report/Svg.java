package voxpop.report;

import java.util.List;

/**
 * Inline SVG charts drawn in Java: a share bar, a column chart of volume per day with the last days
 * marked, and a per-theme sparkline. Coordinates are written with one decimal in {@code
 * Locale.ROOT}, so the same numbers give the same markup. The look (fills, fonts) is in the page's
 * style sheet, so the charts print and follow the page. Stateless and thread-safe.
 */
final class Svg {
  private static final int CHART_W = 960;
  private static final int CHART_H = 240;
  private static final int LEFT = 64;
  private static final int RIGHT = 8;
  private static final int TOP = 22;
  private static final int BOTTOM = 26;
  private static final int MAX_X_LABELS = 20;

  private Svg() {}

  /**
   * A horizontal bar filled to {@code fraction} of its width (clamped to [0, 1]; a non-zero value
   * is kept visible), in the class {@code fill} plus {@code variant} ({@code rise}, {@code muted})
   * when not empty.
   */
  static void bar(Html h, double fraction, String variant) {
    double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
    double w = f == 0 ? 0 : Math.max(0.6, f * 100);
    h.raw("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\"")
        .raw(" aria-hidden=\"true\"><rect class=\"track\" width=\"100\" height=\"10\"/>")
        .raw("<rect class=\"")
        .raw(variant.isEmpty() ? "fill" : "fill " + variant)
        .raw("\" width=\"")
        .raw(Num.fixed(w, 1))
        .raw("\" height=\"10\"/></svg>");
  }

  /** A bar in the accent colour when {@code rising}. */
  static void bar(Html h, double fraction, boolean rising) {
    bar(h, fraction, rising ? "rise" : "");
  }

  /**
   * A column chart: one column per key (days, oldest first), the last {@code marked} columns in the
   * accent colour, a light grid with round values, and each value in a tooltip.
   *
   * @param title the chart's accessible name
   * @param note a caption drawn top right for the marked columns; empty for none
   */
  static void columns(
      Html h, List<String> keys, long[] values, int marked, String title, String note) {
    int n = keys.size();
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    long top = niceCeiling(max);
    double plotW = CHART_W - LEFT - RIGHT;
    double plotH = CHART_H - TOP - BOTTOM;
    h.raw("<svg class=\"chart\" viewBox=\"0 0 " + CHART_W + " " + CHART_H + "\" role=\"img\"")
        .raw(" aria-label=\"")
        .text(title)
        .raw("\">")
        .nl();
    for (int i = 0; i <= 2; i++) {
      long v = top * i / 2;
      double y = TOP + plotH - plotH * i / 2;
      h.raw("<line class=\"grid\" x1=\"" + LEFT + "\" x2=\"" + (CHART_W - RIGHT) + "\" y1=\"")
          .raw(Num.fixed(y, 1))
          .raw("\" y2=\"")
          .raw(Num.fixed(y, 1))
          .raw("\"/><text class=\"axis\" x=\"" + (LEFT - 6) + "\" y=\"")
          .raw(Num.fixed(y + 4, 1))
          .raw("\" text-anchor=\"end\">")
          .text(Num.grouped(v))
          .raw("</text>")
          .nl();
    }
    double slot = n == 0 ? plotW : plotW / n;
    int every = Math.max(1, (n + MAX_X_LABELS - 1) / MAX_X_LABELS);
    for (int i = 0; i < n; i++) {
      double colH = top == 0 ? 0 : plotH * values[i] / top;
      double x = LEFT + slot * i + slot * 0.15;
      boolean accent = i >= n - marked;
      h.raw("<rect class=\"")
          .raw(accent ? "col surge" : "col")
          .raw("\" x=\"")
          .raw(Num.fixed(x, 1))
          .raw("\" y=\"")
          .raw(Num.fixed(TOP + plotH - colH, 1))
          .raw("\" width=\"")
          .raw(Num.fixed(slot * 0.7, 1))
          .raw("\" height=\"")
          .raw(Num.fixed(colH, 1))
          .raw("\"><title>")
          .text(keys.get(i) + ": " + Num.grouped(values[i]))
          .raw("</title></rect>");
      if (i % every == 0 || i == n - 1) {
        h.raw("<text class=\"axis\" x=\"")
            .raw(Num.fixed(LEFT + slot * i + slot / 2, 1))
            .raw("\" y=\"" + (CHART_H - 8) + "\" text-anchor=\"middle\">")
            .text(shortDay(keys.get(i)))
            .raw("</text>");
      }
      h.nl();
    }
    if (marked > 0 && !note.isEmpty()) {
      h.raw("<rect class=\"col surge\" x=\"" + (CHART_W - RIGHT - 200) + "\" y=\"4\"")
          .raw(" width=\"10\" height=\"10\"/><text class=\"axis\" x=\"")
          .raw(Integer.toString(CHART_W - RIGHT - 185))
          .raw("\" y=\"13\">")
          .text(note)
          .raw("</text>")
          .nl();
    }
    h.raw("</svg>").nl();
  }

  /** A small column sparkline of {@code values}, the last {@code marked} in the accent colour. */
  static void sparkline(Html h, long[] values, int marked) {
    int n = values.length;
    long max = 1;
    for (long v : values) {
      max = Math.max(max, v);
    }
    h.raw("<svg class=\"spark\" viewBox=\"0 0 " + Math.max(1, n * 4) + " 20\"")
        .raw(" preserveAspectRatio=\"none\" aria-hidden=\"true\">");
    for (int i = 0; i < n; i++) {
      double colH = values[i] == 0 ? 0 : Math.max(1, 20.0 * values[i] / max);
      h.raw("<rect class=\"")
          .raw(i >= n - marked ? "col surge" : "col")
          .raw("\" x=\"" + (i * 4) + "\" y=\"")
          .raw(Num.fixed(20 - colH, 1))
          .raw("\" width=\"3\" height=\"")
          .raw(Num.fixed(colH, 1))
          .raw("\"/>");
    }
    h.raw("</svg>");
  }

  /** The smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code max} (0 stays 0). */
  static long niceCeiling(long max) {
    if (max <= 0) {
      return 0;
    }
    long base = 1;
    while (base <= max / 10) {
      base *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (base * m >= max) {
        return base * m;
      }
      if (m == 2 && base >= 2 && base * 5 / 2 >= max) {
        return base * 5 / 2;
      }
    }
    return base * 10;
  }

  /** {@code 2025-12-04} → {@code 12-04}; anything else as it is. */
  static String shortDay(String key) {
    return key != null && key.length() == 10 && key.charAt(4) == '-' ? key.substring(5) : key;
  }
}
