/**
 * The run's outputs for people and tools: {@code themes.json} ({@link
 * voxpop.report.ThemesJsonWriter}), {@code questions.csv} ({@link
 * voxpop.report.QuestionsCsvWriter}) and the editors' page {@code report.html} ({@link
 * voxpop.report.ReportHtmlWriter}). Every writer is deterministic: the same result gives the same
 * bytes (fixed key order, fixed number formatting, no clock). The schema is documented in {@code
 * docs/output-format.md} and {@code voxpop/report/themes.schema.json}.
 */
package voxpop.report;
