package org.amodel.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Bar charts as SVG strings for a self-contained report page: each chart is one {@code <svg>} element
 * with an id, an accessible {@code <title>}, axes, tick labels, a label and a tooltip for every bar.
 *
 * <pre>{@code
 * String turnout = SvgCharts.bars("turnout", "参选率 turnout", bars, Scale.percent(),
 *     ReferenceLine.of(88.0, "区 district 88.0%"), ReferenceLine.floor(50, "过半有效 valid above 50%"));
 * String findings = SvgCharts.horizontalBars("findings", "发现 findings per rule", perRule);
 * String ages = SvgCharts.histogram("ages", "年龄 age", List.of(members, staff), Bins.of(20, 5, 9));
 * }</pre>
 *
 * <p>The output is the same, byte for byte, for the same arguments on every machine: numbers are
 * written with {@link java.util.Locale#ROOT}, text widths are estimated rather than measured, and
 * nothing reads the clock. It is well-formed XML in the SVG namespace, loads nothing from anywhere,
 * and escapes every label, so any text (markup, quotes, Chinese) can be charted. A label too long for
 * its place is shortened with an ellipsis and kept whole in the bar's tooltip. A chart without data
 * says so: {@value #NO_DATA}.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /** The width of every chart's view box; its height follows from its content. */
  public static final int WIDTH = 960;

  /** The text a chart without data shows. */
  public static final String NO_DATA = "无数据 no data";

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String FONT =
      "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

  private static final double FONT_SIZE = 12;
  private static final double SMALL = 10;
  private static final double TITLE_SIZE = 14;
  private static final double PAD = 8;
  private static final double TITLE_BAND = 30;
  private static final double PLOT_HEIGHT = 240;
  private static final double LABEL_MAX = 130;
  private static final double ROW_LABEL_MAX = 300;
  private static final double LINE_LABEL_MAX = 150;
  private static final double ROW = 22;
  private static final double ROW_BAR = 14;
  private static final double MAX_BAR = 56;
  private static final double LEGEND_ROW = 16;
  private static final double SWATCH = 10;
  private static final double SIN_60 = 0.8660254037844386;
  private static final double COS_60 = 0.5;
  /** The horizontal distance labels slanted by 60° need between them so that they do not touch. */
  private static final double SLANTED_PITCH = SMALL / SIN_60 + 1;
  /** The horizontal distance vertical labels need between them. */
  private static final double VERTICAL_PITCH = SMALL + 1;

  /** How the category labels under vertical bars are turned: as few degrees as lets them all be read. */
  private enum Slant {
    UPRIGHT, SLANTED, VERTICAL
  }

  private static final String TEXT = "#222222";
  private static final String MUTED = "#777777";
  private static final String GRID = "#e3e3e3";
  private static final String AXIS = "#333333";
  private static final String BAR = "#4e79a7";
  private static final String REFERENCE = "#555555";
  private static final String FLOOR = "#c0392b";
  private static final ImmutableList<String> PALETTE = ImmutableList.of(
      "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

  /**
   * Returns a vertical bar chart of counts: {@code bars(id, title, bars, Scale.counts())}.
   *
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -} or {@code _}
   */
  public static String bars(String id, String title, List<Bar> bars) {
    return bars(id, title, bars, Scale.counts());
  }

  /**
   * Returns a vertical bar chart: a bar for each of {@code bars} in order, up to a hundred or so, each
   * with its value above it and its label below, slanted and, if the bars are too narrow for every
   * label, only every second (third...) one; the tooltip of every bar holds its whole label and value.
   * {@code lines} are drawn across the chart, such as the district's turnout and the floor of a valid
   * election. The value axis reaches the largest bar, line and {@link Scale#atLeast()}.
   *
   * <pre>{@code
   * SvgCharts.bars("turnout", "参选率 turnout", turnouts, Scale.percent(),
   *     ReferenceLine.of(88.0, "区 district 88.0%"), ReferenceLine.floor(50, "过半有效 valid above 50%"));
   * }</pre>
   *
   * @param id the {@code id} of the {@code <svg>} element, unique on its page
   * @param title the chart's title, shown at its top and as its accessible name
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -} or {@code _}
   */
  public static String bars(String id, String title, List<Bar> bars, Scale scale, ReferenceLine... lines) {
    checkId(id);
    requireNonNull(title, "title");
    requireNonNull(scale, "scale");
    List<Bar> data = ImmutableList.copyOf(bars);
    List<ReferenceLine> across = ImmutableList.copyOf(lines);
    if (data.isEmpty()) {
      return noData(id, title);
    }
    double[][] values = {data.stream().mapToDouble(Bar::value).toArray()};
    List<String> labels = data.stream().map(Bar::label).toList();
    return columns(id, title, scale, labels, List.of(), values, across);
  }

  /**
   * Returns a horizontal bar chart of counts, for categories with long labels such as rule ids: a row
   * for each of {@code bars} in order, its label on the left and its value after the bar. Zero is drawn
   * as a row without a bar.
   *
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -} or {@code _}
   */
  public static String horizontalBars(String id, String title, List<Bar> bars) {
    return horizontalBars(id, title, bars, Scale.counts());
  }

  /**
   * Returns a horizontal bar chart on {@code scale}: a row for each of {@code bars} in order, its label
   * on the left (shortened beyond about 300 units) and its value after the bar.
   *
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -} or {@code _}
   */
  public static String horizontalBars(String id, String title, List<Bar> bars, Scale scale) {
    checkId(id);
    requireNonNull(title, "title");
    requireNonNull(scale, "scale");
    List<Bar> data = ImmutableList.copyOf(bars);
    if (data.isEmpty()) {
      return noData(id, title);
    }
    double dataMax = scale.atLeast();
    for (Bar bar : data) {
      dataMax = Math.max(dataMax, bar.value());
    }
    Axis axis = Axis.reaching(dataMax, scale.decimals() == 0);
    List<String> ticks = tickLabels(axis, scale);
    List<String> labels = data.stream().map(b -> Text.truncate(b.label(), ROW_LABEL_MAX, FONT_SIZE)).toList();
    List<String> valueTexts = data.stream().map(b -> scale.format(b.value())).toList();

    double left = PAD + Text.widest(labels, FONT_SIZE) + 8;
    double right = PAD + Math.max(Text.widest(valueTexts, SMALL) + 6, Text.widest(ticks, SMALL) / 2);
    double plotWidth = WIDTH - left - right;
    double top = TITLE_BAND + 4;
    double bottom = top + data.size() * ROW;
    double height = Math.ceil(bottom + SMALL + 14 + PAD);

    SvgWriter svg = header(id, title, height);
    svg.open("g", "class", "grid", "stroke", GRID);
    for (double tick : axis.ticks()) {
      double x = left + axis.fraction(tick) * plotWidth;
      svg.empty("line", "x1", num(x), "y1", num(top), "x2", num(x), "y2", num(bottom));
    }
    svg.close("g");
    svg.open("g", "class", "ticks", "font-size", num(SMALL), "fill", TEXT, "text-anchor", "middle");
    for (int i = 0; i < ticks.size(); i++) {
      double x = left + axis.fraction(axis.ticks().get(i)) * plotWidth;
      svg.text("text", ticks.get(i), "x", num(x), "y", num(bottom + SMALL + 6));
    }
    svg.close("g");
    svg.open("g", "class", "labels", "fill", TEXT, "text-anchor", "end");
    for (int i = 0; i < data.size(); i++) {
      double middle = top + i * ROW + ROW / 2;
      svg.text("text", labels.get(i), "x", num(left - 8), "y", num(middle + FONT_SIZE * 0.35));
    }
    svg.close("g");
    svg.open("g", "class", "bars", "fill", BAR);
    for (int i = 0; i < data.size(); i++) {
      Bar bar = data.get(i);
      double middle = top + i * ROW + ROW / 2;
      svg.titled("rect", tooltip(bar.label(), valueTexts.get(i)), "class", "bar", "x", num(left),
          "y", num(middle - ROW_BAR / 2), "width", num(axis.fraction(bar.value()) * plotWidth),
          "height", num(ROW_BAR));
    }
    svg.close("g");
    svg.open("g", "class", "values", "font-size", num(SMALL), "fill", TEXT);
    for (int i = 0; i < data.size(); i++) {
      double middle = top + i * ROW + ROW / 2;
      double end = left + axis.fraction(data.get(i).value()) * plotWidth;
      svg.text("text", valueTexts.get(i), "x", num(end + 4), "y", num(middle + SMALL * 0.35));
    }
    svg.close("g");
    svg.empty("line", "class", "axis", "x1", num(left), "y1", num(top), "x2", num(left), "y2", num(bottom),
        "stroke", AXIS);
    return svg.close("svg").toString();
  }

  /**
   * Returns a histogram of {@code series} over the same bins: for each bin a group of bars, one a series
   * in its own colour, with a legend of the series' names. The axis counts in whole numbers.
   *
   * @param binLabels the bins' labels, such as {@code 20–24}; every series has a count for each
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -}
   *     or {@code _}, or a series has not one count for each bin
   */
  public static String histogram(String id, String title, List<Series> series, List<String> binLabels) {
    checkId(id);
    requireNonNull(title, "title");
    List<Series> data = ImmutableList.copyOf(series);
    List<String> bins = ImmutableList.copyOf(binLabels);
    for (Series s : data) {
      checkArgument(s.counts().size() == bins.size(), "series '%s' has %s counts for %s bins", s.name(),
          s.counts().size(), bins.size());
    }
    if (data.isEmpty() || bins.isEmpty()) {
      return noData(id, title);
    }
    double[][] values = new double[data.size()][];
    for (int k = 0; k < data.size(); k++) {
      values[k] = data.get(k).counts().stream().mapToDouble(Integer::doubleValue).toArray();
    }
    return columns(id, title, Scale.counts(), bins, data.stream().map(Series::name).toList(), values, List.of());
  }

  /**
   * Returns a histogram of {@code series} over {@code bins}: {@code histogram(id, title, series, bins.labels())}.
   *
   * @throws IllegalArgumentException if {@code id} is not a letter followed by letters, digits, {@code -}
   *     or {@code _}, or a series has not one count for each bin
   */
  public static String histogram(String id, String title, List<Series> series, Bins bins) {
    return histogram(id, title, series, bins.labels());
  }

  /**
   * Writes vertical bars: {@code values[k][i]} is series k's value in category i; without series names
   * there is one series, drawn without a legend.
   */
  private static String columns(String id, String title, Scale scale, List<String> categories,
      List<String> seriesNames, double[][] values, List<ReferenceLine> lines) {
    int n = categories.size();
    int s = values.length;
    double dataMax = scale.atLeast();
    for (double[] row : values) {
      for (double v : row) {
        dataMax = Math.max(dataMax, v);
      }
    }
    for (ReferenceLine line : lines) {
      dataMax = Math.max(dataMax, line.value());
    }
    Axis axis = Axis.reaching(dataMax, scale.decimals() == 0);
    List<String> ticks = tickLabels(axis, scale);
    List<String> labels = categories.stream().map(c -> Text.truncate(c, LABEL_MAX, SMALL)).toList();
    List<String> lineLabels = lines.stream().map(l -> Text.truncate(l.label(), LINE_LABEL_MAX, SMALL)).toList();
    String[][] valueTexts = new String[s][n];
    List<String> allValueTexts = new ArrayList<>();
    for (int k = 0; k < s; k++) {
      for (int i = 0; i < n; i++) {
        valueTexts[k][i] = scale.format(values[k][i]);
        allValueTexts.add(valueTexts[k][i]);
      }
    }

    double labelWidth = Text.widest(labels, SMALL);
    double right = PAD + (lines.isEmpty() ? 0 : 6 + Text.widest(lineLabels, SMALL));
    double left = Math.min(PAD + Text.widest(ticks, SMALL) + 6, WIDTH / 4.0);
    double slot = (WIDTH - left - right) / n;
    Slant slant = labelWidth + 4 <= slot ? Slant.UPRIGHT : SLANTED_PITCH <= slot ? Slant.SLANTED : Slant.VERTICAL;
    if (slant == Slant.SLANTED) {
      left = Math.max(left, PAD + labelWidth * COS_60 - slot / 2);
    }
    double plotWidth = WIDTH - left - right;
    slot = plotWidth / n;
    int every = Math.max(1, switch (slant) {
      case UPRIGHT -> 1;
      case SLANTED -> (int) Math.ceil(SLANTED_PITCH / slot);
      case VERTICAL -> (int) Math.ceil(VERTICAL_PITCH / slot);
    });
    double group = Math.min(slot * (s == 1 ? 0.72 : 0.84), MAX_BAR * s);
    double barWidth = group / s;
    double valueWidth = Text.widest(allValueTexts, SMALL);
    boolean valuesUpright = valueWidth + 2 <= barWidth;

    List<List<String>> legendRows = legendRows(seriesNames, WIDTH - left - PAD);
    double legendHeight = legendRows.isEmpty() ? 0 : legendRows.size() * LEGEND_ROW + 4;
    double top = TITLE_BAND + legendHeight + (valuesUpright ? SMALL + 6 : valueWidth + 8);
    double bottom = top + PLOT_HEIGHT;
    double labelRoom = switch (slant) {
      case UPRIGHT -> SMALL + 10;
      case SLANTED -> labelWidth * SIN_60 + SMALL * COS_60 + 14;
      case VERTICAL -> labelWidth + 14;
    };
    double height = Math.ceil(bottom + labelRoom + PAD);

    SvgWriter svg = header(id, title, height);
    if (!legendRows.isEmpty()) {
      svg.open("g", "class", "legend", "font-size", num(SMALL), "fill", TEXT);
      int k = 0;
      for (int row = 0; row < legendRows.size(); row++) {
        double x = left;
        double y = TITLE_BAND + row * LEGEND_ROW;
        for (String name : legendRows.get(row)) {
          svg.empty("rect", "class", "legend-swatch", "x", num(x), "y", num(y), "width", num(SWATCH),
              "height", num(SWATCH), "fill", color(k));
          svg.text("text", name, "x", num(x + SWATCH + 4), "y", num(y + SWATCH - 1));
          x += legendItemWidth(name);
          k++;
        }
      }
      svg.close("g");
    }
    yAxis(svg, axis, ticks, left, plotWidth, bottom);

    svg.open("g", "class", "bars", "fill", BAR);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < s; k++) {
        double x = left + i * slot + (slot - group) / 2 + k * barWidth;
        double h = axis.fraction(values[k][i]) * PLOT_HEIGHT;
        String tooltip = seriesNames.isEmpty()
            ? tooltip(categories.get(i), valueTexts[k][i])
            : tooltip(seriesNames.get(k) + " · " + categories.get(i), valueTexts[k][i]);
        if (seriesNames.isEmpty()) {
          svg.titled("rect", tooltip, "class", "bar", "x", num(x), "y", num(bottom - h), "width", num(barWidth),
              "height", num(h));
        } else {
          svg.titled("rect", tooltip, "class", "bar series-" + k, "x", num(x), "y", num(bottom - h),
              "width", num(barWidth), "height", num(h), "fill", color(k));
        }
      }
    }
    svg.close("g");

    svg.open("g", "class", "values", "font-size", num(SMALL), "fill", TEXT, "text-anchor",
        valuesUpright ? "middle" : "start");
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < s; k++) {
        double middle = left + i * slot + (slot - group) / 2 + (k + 0.5) * barWidth;
        double y = bottom - axis.fraction(values[k][i]) * PLOT_HEIGHT - 4;
        if (valuesUpright) {
          svg.text("text", valueTexts[k][i], "x", num(middle), "y", num(y));
        } else {
          double x = middle + SMALL * 0.35;
          svg.text("text", valueTexts[k][i], "x", num(x), "y", num(y),
              "transform", "rotate(-90 " + num(x) + " " + num(y) + ")");
        }
      }
    }
    svg.close("g");

    svg.open("g", "class", "labels", "font-size", num(SMALL), "fill", TEXT, "text-anchor",
        slant == Slant.UPRIGHT ? "middle" : "end");
    for (int i = 0; i < n; i += every) {
      double middle = left + i * slot + slot / 2;
      switch (slant) {
        case UPRIGHT -> svg.text("text", labels.get(i), "x", num(middle), "y", num(bottom + SMALL + 6));
        case SLANTED -> {
          double y = bottom + 10;
          svg.text("text", labels.get(i), "x", num(middle), "y", num(y),
              "transform", "rotate(-60 " + num(middle) + " " + num(y) + ")");
        }
        case VERTICAL -> {
          double x = middle + SMALL * 0.35;
          double y = bottom + 6;
          svg.text("text", labels.get(i), "x", num(x), "y", num(y),
              "transform", "rotate(-90 " + num(x) + " " + num(y) + ")");
        }
      }
    }
    svg.close("g");
    svg.empty("line", "class", "axis", "x1", num(left), "y1", num(bottom), "x2", num(left + plotWidth),
        "y2", num(bottom), "stroke", AXIS);
    svg.empty("line", "class", "axis", "x1", num(left), "y1", num(top), "x2", num(left), "y2", num(bottom),
        "stroke", AXIS);
    referenceLines(svg, lines, lineLabels, axis, left, plotWidth, bottom);
    return svg.close("svg").toString();
  }

  private static void yAxis(SvgWriter svg, Axis axis, List<String> ticks, double left, double plotWidth,
      double bottom) {
    svg.open("g", "class", "grid", "stroke", GRID);
    for (double tick : axis.ticks()) {
      double y = bottom - axis.fraction(tick) * PLOT_HEIGHT;
      svg.empty("line", "x1", num(left), "y1", num(y), "x2", num(left + plotWidth), "y2", num(y));
    }
    svg.close("g");
    svg.open("g", "class", "ticks", "font-size", num(SMALL), "fill", TEXT, "text-anchor", "end");
    for (int i = 0; i < ticks.size(); i++) {
      double y = bottom - axis.fraction(axis.ticks().get(i)) * PLOT_HEIGHT;
      svg.text("text", ticks.get(i), "x", num(left - 6), "y", num(y + SMALL * 0.35));
    }
    svg.close("g");
  }

  /** Draws the lines across the plot, their labels at the right pushed apart where lines lie close. */
  private static void referenceLines(SvgWriter svg, List<ReferenceLine> lines, List<String> labels, Axis axis,
      double left, double plotWidth, double bottom) {
    if (lines.isEmpty()) {
      return;
    }
    Integer[] order = new Integer[lines.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -lines.get(i).value()).thenComparing(i -> i));
    double[] labelY = new double[lines.size()];
    double previous = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      double y = bottom - axis.fraction(lines.get(i).value()) * PLOT_HEIGHT + SMALL * 0.35;
      labelY[i] = Math.max(y, previous + SMALL + 2);
      previous = labelY[i];
    }
    svg.open("g", "class", "lines", "font-size", num(SMALL), "stroke-width", "1.5");
    for (int i = 0; i < lines.size(); i++) {
      ReferenceLine line = lines.get(i);
      boolean floor = line.kind() == ReferenceLine.Kind.FLOOR;
      String color = floor ? FLOOR : REFERENCE;
      double y = bottom - axis.fraction(line.value()) * PLOT_HEIGHT;
      svg.titled("line", line.label(), "class", floor ? "floor" : "reference", "x1", num(left), "y1", num(y),
          "x2", num(left + plotWidth), "y2", num(y), "stroke", color, "stroke-dasharray", floor ? "2 3" : "6 4");
      svg.text("text", labels.get(i), "x", num(left + plotWidth + 6), "y", num(labelY[i]), "fill", color,
          "stroke", "none");
    }
    svg.close("g");
  }

  /** Splits the legend's names into rows that fit {@code width}. */
  private static List<List<String>> legendRows(List<String> names, double width) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    double used = 0;
    for (String name : names) {
      String shown = Text.truncate(name, LABEL_MAX * 2, SMALL);
      double w = legendItemWidth(shown);
      if (!row.isEmpty() && used + w > width) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(shown);
      used += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private static double legendItemWidth(String name) {
    return SWATCH + 4 + Text.width(name, SMALL) + 16;
  }

  private static SvgWriter header(String id, String title, double height) {
    String h = num(height);
    SvgWriter svg = new SvgWriter();
    svg.openSvg(SVG_NS, "id", id, "role", "img", "aria-labelledby", id + "-title", "viewBox", "0 0 " + WIDTH + " " + h,
        "width", Integer.toString(WIDTH), "height", h, "font-family", FONT, "font-size", num(FONT_SIZE));
    svg.text("title", title, "id", id + "-title");
    svg.text("text", Text.truncate(title, WIDTH - 2 * PAD, TITLE_SIZE), "class", "chart-title", "x", num(PAD),
        "y", num(20), "font-size", num(TITLE_SIZE), "font-weight", "bold", "fill", TEXT);
    return svg;
  }

  private static String noData(String id, String title) {
    SvgWriter svg = header(id, title, 120);
    svg.text("text", NO_DATA, "class", "no-data", "x", num(WIDTH / 2.0), "y", num(72), "text-anchor", "middle",
        "font-size", num(TITLE_SIZE), "fill", MUTED);
    return svg.close("svg").toString();
  }

  private static List<String> tickLabels(Axis axis, Scale scale) {
    return axis.ticks().stream().map(t -> scale.tick(t, axis.tickDecimals())).toList();
  }

  private static String tooltip(String label, String value) {
    return label + ": " + value;
  }

  private static String color(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  private static String num(double value) {
    return SvgWriter.num(value);
  }

  private static void checkId(String id) {
    requireNonNull(id, "id");
    checkArgument(Xml.NAME.matcher(id).matches(),
        "id must be a letter followed by letters, digits, '-' or '_': '%s'", id);
  }
}
