/**
 * Rendering of a district report's charts: {@link org.amodel.examples.report.SvgCharts} draws
 * vertical bars of {@link org.amodel.examples.report.Bar}s with {@link
 * org.amodel.examples.report.ReferenceLine}s, horizontal bars, and histograms of {@link
 * org.amodel.examples.report.Series} over {@link org.amodel.examples.report.Bins}, as SVG.
 *
 * <p>The output is deterministic (the same bytes for the same input on every machine), well-formed
 * XML, UTF-8, and loads nothing from the network.
 */
package org.amodel.examples.report;
