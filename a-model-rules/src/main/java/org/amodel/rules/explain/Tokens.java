package org.amodel.rules.explain;

import java.util.ArrayList;
import java.util.List;

/** The tokens of an expression in a rule: words, literals and symbols, each with its place and depth. */
final class Tokens {
  private Tokens() {}

  enum Kind { WORD, STRING, NUMBER, SYMBOL }

  /**
   * A token: its text, where it starts, and how many parentheses, brackets and braces are open
   * around it (a closing one counts as outside).
   */
  record Token(Kind kind, String text, int start, int depth) {}

  private static final List<String> SYMBOLS = List.of("&&", "||", "==", "!=", "<=", ">=", "?.", "!.", "::");

  static List<Token> of(String s) {
    List<Token> tokens = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != c) {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
        tokens.add(new Token(Kind.STRING, s.substring(i, end), i, depth));
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i + 1;
        while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.WORD, s.substring(i, end), i, depth));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
        tokens.add(new Token(Kind.NUMBER, s.substring(i, end), i, depth));
        i = end;
      } else {
        String symbol = String.valueOf(c);
        for (String two : SYMBOLS) {
          if (s.startsWith(two, i)) {
            symbol = two;
            break;
          }
        }
        if (symbol.equals(")") || symbol.equals("]") || symbol.equals("}")) {
          depth = Math.max(0, depth - 1);
        }
        tokens.add(new Token(Kind.SYMBOL, symbol, i, depth));
        if (symbol.equals("(") || symbol.equals("[") || symbol.equals("{")) {
          depth++;
        }
        i += symbol.length();
      }
    }
    return tokens;
  }

  /**
   * A call {@code params.method("name", …)} in an expression: its text, the parameter's name, and the
   * text of its second argument (the day, for the {@code …On} methods), or null.
   */
  record ParamCall(String text, String method, String name, String day) {}

  /** Returns the calls of {@code global.method("name" …)} in {@code s}, in order. */
  static List<ParamCall> paramCalls(String s, String global) {
    List<Token> tokens = of(s);
    List<ParamCall> calls = new ArrayList<>();
    for (int i = 0; i + 4 < tokens.size(); i++) {
      Token g = tokens.get(i);
      if (g.kind() == Kind.WORD && g.text().equals(global) && (i == 0 || !tokens.get(i - 1).text().equals("."))
          && tokens.get(i + 1).text().equals(".") && tokens.get(i + 2).kind() == Kind.WORD
          && tokens.get(i + 3).text().equals("(") && tokens.get(i + 4).kind() == Kind.STRING) {
        int open = tokens.get(i + 3).depth();
        int end = -1;
        int comma = -1;
        for (int j = i + 4; j < tokens.size(); j++) {
          Token t = tokens.get(j);
          if (t.depth() == open + 1 && t.text().equals(",") && comma < 0) {
            comma = t.start();
          }
          if (t.depth() == open && t.text().equals(")")) {
            end = t.start();
            break;
          }
        }
        if (end < 0) {
          continue;
        }
        String name = tokens.get(i + 4).text();
        String day = comma < 0 ? null : s.substring(comma + 1, end).strip();
        calls.add(new ParamCall(s.substring(g.start(), end + 1), tokens.get(i + 2).text(),
            name.substring(1, name.length() - 1), day));
      }
    }
    return calls;
  }
}
