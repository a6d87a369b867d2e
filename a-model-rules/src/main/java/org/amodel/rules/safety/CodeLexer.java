package org.amodel.rules.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a piece of rule code (a consequence, a function body, a constraint, a {@code from}
 * expression) into identifiers, numbers, string literals and operators, dropping white space and
 * comments. It follows Java's and MVEL's lexical rules closely enough that every identifier the
 * compiler would see is seen here: strings may be in double or single quotes and may span lines
 * (MVEL allows it; Java rejects it, so treating it as one string hides nothing that could run),
 * text blocks are recognised, and unterminated strings or comments run to the end.
 */
final class CodeLexer {
  enum Kind { IDENT, NUMBER, STRING, OP }

  /** One token with its start and end offsets in the lexed text. */
  record Token(Kind kind, String text, int start, int end) {
    boolean isOp(String op) {
      return kind == Kind.OP && text.equals(op);
    }

    boolean isIdent() {
      return kind == Kind.IDENT;
    }
  }

  private CodeLexer() {
  }

  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int close = s.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' && s.startsWith("\"\"\"", i)) {
        int end = skipQuoted(s, i + 3, "\"\"\"");
        tokens.add(new Token(Kind.STRING, s.substring(i, end), i, end));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = skipQuoted(s, i + 1, String.valueOf(c));
        tokens.add(new Token(Kind.STRING, s.substring(i, end), i, end));
        i = end;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
        int start = i;
        i++;
        while (i < n) {
          char d = s.charAt(i);
          char before = s.charAt(i - 1);
          boolean exponentSign = (d == '+' || d == '-') && (before == 'e' || before == 'E' || before == 'p' || before == 'P');
          if (Character.isLetterOrDigit(d) || d == '_' || exponentSign
              || (d == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
            i++;
          } else {
            break;
          }
        }
        tokens.add(new Token(Kind.NUMBER, s.substring(start, i), start, i));
      } else if (Character.isJavaIdentifierStart(s.codePointAt(i))) {
        int start = i;
        i += Character.charCount(s.codePointAt(i));
        while (i < n && Character.isJavaIdentifierPart(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        tokens.add(new Token(Kind.IDENT, s.substring(start, i), start, i));
      } else {
        String op = operatorAt(s, i);
        tokens.add(new Token(Kind.OP, op, i, i + op.length()));
        i += op.length();
      }
    }
    return tokens;
  }

  private static int skipQuoted(String s, int from, String close) {
    int i = from;
    while (i < s.length()) {
      if (s.charAt(i) == '\\') {
        i += 2;
      } else if (s.startsWith(close, i)) {
        return i + close.length();
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static String operatorAt(String s, int i) {
    for (String op : new String[] {"...", "::", "->", "!.", "&&", "||", "==", "!=", "<=", ">=", ":="}) {
      if (s.startsWith(op, i)) {
        return op;
      }
    }
    return String.valueOf(s.charAt(i));
  }
}
