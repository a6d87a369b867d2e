package org.amodel.rules.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * Turns a decision table ({@code *.drl.xlsx} or {@code *.drl.csv}) into the DRL that Drools'
 * decision-table compiler makes of it, and maps places in that DRL back to the table's sheet and
 * cell. Only the first sheet of a workbook holds rules (as in Drools); any other sheet with
 * content is reported rather than skipped.
 *
 * <p>Beyond Drools' own rules, every row of a rule table must fill each of its CONDITION and
 * ACTION columns: Drools drops a condition whose cell is empty, and the rule would then apply to
 * every member of the post, or report nothing.
 */
final class DecisionTables {
  private static final Pattern RULE_COMMENT = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+), header at");
  private static final Pattern CELL_IN_MESSAGE = Pattern.compile("\\b(?:cell|at) ([A-Z]{1,3})(\\d+)\\b");
  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*$", Pattern.MULTILINE);
  private static final Pattern PARAM = Pattern.compile("\\$param|\\$\\d+");
  private static final int ACTION_ROW = 1;
  private static final int CODE_ROW = 3;
  private static final int FIRST_DATA_ROW = 5;

  private DecisionTables() {
  }

  /** Returns the DRL of the CSV table {@code text} in {@code file}, or its problems. */
  static RuleSources.Translated fromCsv(String file, String text, List<RuleSetProblem> problems) {
    Cells cells = new Cells(null);
    DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
    List<DataListener> listeners = List.of(listener, cells);
    try {
      // as Drools' CsvParser does, but read as UTF-8 whatever the platform's charset
      CsvLineParser lineParser = new CsvLineParser();
      listeners.forEach(l -> l.startSheet("csv"));
      String[] lines = text.split("\r?\n", -1);
      for (int row = 0; row < lines.length; row++) {
        List<String> values = lineParser.parse(lines[row]);
        final int r = row;
        listeners.forEach(l -> l.newRow(r, values.size()));
        int mergeStart = DataListener.NON_MERGED;
        for (int col = 0; col < values.size(); col++) {
          String value = values.get(col);
          if (value.endsWith("...") && mergeStart == DataListener.NON_MERGED) {
            mergeStart = col;
          } else if (!value.endsWith("...")) {
            mergeStart = DataListener.NON_MERGED;
          }
          String shown = mergeStart != DataListener.NON_MERGED ? value.substring(0, value.length() - 3) : value;
          final int c = col;
          final int m = mergeStart;
          listeners.forEach(l -> l.newCell(r, c, shown, m));
        }
      }
      listeners.forEach(DataListener::finishSheet);
    } catch (RuntimeException e) {
      problems.add(cells.problem(file, e));
      return null;
    }
    return translate(file, listener, cells, problems);
  }

  /** Returns the DRL of the first sheet of the workbook {@code bytes} in {@code file}, or its problems. */
  static RuleSources.Translated fromXlsx(String file, byte[] bytes, List<RuleSetProblem> problems) {
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      problems.add(RuleSetProblem.inFile(file, "cannot be opened as a spreadsheet (.xlsx): " + e.getMessage()
          + "; save it again from the spreadsheet program as an Excel 2007-365 workbook (.xlsx)"));
      return null;
    }
    if (workbook.getNumberOfSheets() == 0) {
      problems.add(RuleSetProblem.inFile(file, "has no sheet"));
      return null;
    }
    String first = workbook.getSheetName(0);
    for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
      Sheet other = workbook.getSheetAt(i);
      if (hasContent(other)) {
        problems.add(RuleSetProblem.inFile(file, "sheet '" + other.getSheetName() + "' is not read: only the first"
            + " sheet ('" + first + "') of a decision table holds rules; move its rules there or into a file of its own"));
      }
    }
    Cells cells = new Cells(first);
    DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
    try {
      new ExcelParser(List.of(listener, cells)).parseWorkbook(workbook);
    } catch (RuntimeException e) {
      problems.add(cells.problem(file, e));
      return null;
    }
    return translate(file, listener, cells, problems);
  }

  private static boolean hasContent(Sheet sheet) {
    for (Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        if (!cell.toString().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  private static RuleSources.Translated translate(
      String file, DefaultRuleSheetListener listener, Cells cells, List<RuleSetProblem> problems) {
    int before = problems.size();
    cells.checkRuleTables(file, problems);
    if (problems.size() > before) {
      return null;
    }
    String drl;
    try {
      drl = new SpreadsheetCompiler().listenerToString(listener);
    } catch (RuntimeException e) {
      problems.add(cells.problem(file, e));
      return null;
    }
    // the row each line of the DRL comes from: Drools writes "// rule values at B12, header at B8" above each rule
    String[] lines = drl.split("\n", -1);
    int[] rowOfLine = new int[lines.length + 2];
    int row = -1;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = RULE_COMMENT.matcher(lines[i]);
      if (m.find()) {
        row = Integer.parseInt(m.group(2)) - 1;
      }
      rowOfLine[i + 1] = row;
    }
    return new RuleSources.Translated(file, drl, p -> {
      int line = p.line() >= 1 && p.line() < rowOfLine.length ? p.line() : 0;
      String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
      // Drools names the expression it cannot analyse: the cell is the one that expression shows
      Matcher expression = EXPRESSION.matcher(p.message());
      if (expression.find() && text.contains(expression.group(1).strip())) {
        text = expression.group(1).strip();
      }
      return cells.locate(file, line == 0 ? -1 : rowOfLine[line], text, p.message());
    });
  }

  /** Returns a cell's name, as {@code C12} for row 11 and column 2 (both from 0). */
  static String cellName(int row, int column) {
    StringBuilder letters = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      letters.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return letters.toString() + (row + 1);
  }

  private static int columnIndex(String letters) {
    int c = 0;
    for (char ch : letters.toCharArray()) {
      c = c * 26 + (ch - 'A' + 1);
    }
    return c - 1;
  }

  /** The cells of the sheet being read, as Drools' parser gives them. */
  private static final class Cells implements DataListener {
    private final String sheet;
    private final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
    private int lastRow;
    private int lastColumn;

    Cells(String sheet) {
      this.sheet = sheet;
    }

    @Override
    public void startSheet(String name) {
    }

    @Override
    public void finishSheet() {
    }

    @Override
    public void newRow(int row, int cells) {
      lastRow = row;
      lastColumn = 0;
    }

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
      lastRow = row;
      lastColumn = column;
      if (value != null && !value.isBlank()) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
      }
    }

    String where(int row, int column) {
      return (sheet == null ? "" : "sheet '" + sheet + "' ") + "cell " + cellName(row, column);
    }

    RuleSetProblem at(String file, int row, int column, String message) {
      return new RuleSetProblem(file, row + 1, column + 1, where(row, column) + ": " + message);
    }

    /** Returns Drools' complaint {@code e}, at the cell it names or else at the cell being read. */
    RuleSetProblem problem(String file, RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Matcher named = CELL_IN_MESSAGE.matcher(message);
      if (named.find()) {
        return at(file, Integer.parseInt(named.group(2)) - 1, columnIndex(named.group(1)),
            "Drools cannot read this table: " + message);
      }
      return at(file, lastRow, lastColumn, "Drools cannot read this table: " + message);
    }

    /**
     * Reports every empty CONDITION or ACTION cell in a row of a rule table: Drools would drop the
     * condition (the rule then applies more widely than the table says) or the action (the rule
     * reports nothing).
     */
    void checkRuleTables(String file, List<RuleSetProblem> problems) {
      for (Map.Entry<Integer, Map<Integer, String>> entry : rows.entrySet()) {
        for (Map.Entry<Integer, String> cell : entry.getValue().entrySet()) {
          if (cell.getValue().trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
            checkRuleTable(file, entry.getKey(), cell.getKey(), problems);
          }
        }
      }
    }

    private void checkRuleTable(String file, int start, int startColumn, List<RuleSetProblem> problems) {
      Map<Integer, String> kinds = rows.getOrDefault(start + ACTION_ROW, Map.of());
      Map<Integer, String> codes = rows.getOrDefault(start + CODE_ROW, Map.of());
      List<Integer> required = new ArrayList<>();
      kinds.forEach((column, kind) -> {
        String k = kind.trim().toUpperCase(Locale.ROOT);
        if (column >= startColumn && codes.containsKey(column)
            && (k.equals("CONDITION") || k.equals("C") || k.equals("ACTION") || k.equals("A"))) {
          required.add(column);
        }
      });
      for (int row = start + FIRST_DATA_ROW; ; row++) {
        Map<Integer, String> values = rows.getOrDefault(row, Map.of());
        boolean inTable = values.keySet().stream().anyMatch(c -> c >= startColumn);
        boolean nextTable = values.values().stream()
            .anyMatch(v -> v.trim().toLowerCase(Locale.ROOT).startsWith("ruletable"));
        if (!inTable || nextTable) {
          return;
        }
        for (int column : required) {
          if (!values.containsKey(column)) {
            String header = kinds.get(column).trim().toUpperCase(Locale.ROOT).startsWith("C") ? "condition" : "action";
            problems.add(at(file, row, column, "is empty; every row of a rule table must fill each CONDITION and"
                + " ACTION column (Drools would drop the " + header + " '" + codes.get(column).trim()
                + "' from this row's rule)"));
          }
        }
      }
    }

    /**
     * Returns {@code message} (about a line {@code text} of the DRL made from rule row {@code row}, -1
     * outside the rules) at the cell it most likely comes from: the cell of that row whose value the
     * line shows, else a header cell whose code the line shows, else the row's first cell.
     */
    RuleSetProblem locate(String file, int row, String text, String message) {
      int bestRow = -1;
      int bestColumn = -1;
      int bestLength = 0;
      String compact = text.strip();
      for (Map.Entry<Integer, Map<Integer, String>> r : rows.entrySet()) {
        if (row >= 0 && r.getKey() > row) {
          break;
        }
        boolean ownRow = r.getKey() == row;
        for (Map.Entry<Integer, String> c : r.getValue().entrySet()) {
          int length = 0;
          for (String fragment : PARAM.split(c.getValue().trim())) {
            if (fragment.strip().length() > length && compact.contains(fragment.strip())) {
              length = fragment.strip().length();
            }
          }
          // a value in the rule's own row outweighs a header template that happens to be longer
          int weight = length == 0 ? 0 : length + (ownRow ? 1_000 : 0);
          if (weight > bestLength) {
            bestLength = weight;
            bestRow = r.getKey();
            bestColumn = c.getKey();
          }
        }
      }
      if (bestRow < 0) {
        if (row < 0) {
          return RuleSetProblem.inFile(file, (sheet == null ? "" : "sheet '" + sheet + "': ") + message);
        }
        Map<Integer, String> values = rows.getOrDefault(row, Map.of());
        bestRow = row;
        bestColumn = values.isEmpty() ? 0 : values.keySet().iterator().next();
      }
      return at(file, bestRow, bestColumn, message);
    }
  }
}
