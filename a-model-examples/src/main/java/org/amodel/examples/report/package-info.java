/**
 * Rendering of a district report as one self-contained HTML page with charts: {@link
 * org.amodel.examples.report.HtmlPage} builds the page from headings, paragraphs, notes, tables and
 * charts, and {@link org.amodel.examples.report.SvgCharts} draws the charts (vertical bars of {@link
 * org.amodel.examples.report.Bar}s with {@link org.amodel.examples.report.ReferenceLine}s, horizontal
 * bars, histograms of {@link org.amodel.examples.report.Series} over {@link
 * org.amodel.examples.report.Bins}) as SVG.
 *
 * <pre>{@code
 * List<Bar> turnouts = List.of(Bar.of("杆石桥社区 Ganshiqiao", 91.2), Bar.of("泉景社区 Quanjing", 84.5));
 * HtmlPage.titled("市中区 Shizhong district")
 *     .note("数据为合成 The data are synthetic.")
 *     .chart(SvgCharts.bars("turnout", "参选率 turnout", turnouts, Scale.percent(),
 *         ReferenceLine.of(88.0, "区 district 88.0%"), ReferenceLine.floor(50, "过半有效 valid above 50%")))
 *     .write(Path.of("target/report/index.html"));
 * }</pre>
 *
 * <p>The output is deterministic (the same bytes for the same input on every machine), well-formed
 * XML, UTF-8, and loads nothing from the network: no script, style sheet, font, image or link.
 */
package org.amodel.examples.report;
