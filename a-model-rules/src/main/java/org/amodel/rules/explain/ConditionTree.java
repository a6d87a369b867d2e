package org.amodel.rules.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A constraint of a pattern read as a tree of conditions: {@code a && b}, {@code a || b}, and the
 * conditions they join, each with its text as written. A condition is <em>plain</em> if it is an
 * ordinary Java expression that can be evaluated on its own (so not DRL's {@code matches},
 * {@code contains}, {@code in}, {@code < 40 && > 20} and the like, nor a binding {@code $x : y}).
 */
sealed interface ConditionTree {
  /** Returns the condition's text, as written. */
  String text();

  /** Conditions that must all hold, tested left to right. */
  record All(String text, List<ConditionTree> parts) implements ConditionTree {}

  /** Conditions of which one must hold, tested left to right. */
  record Any(String text, List<ConditionTree> parts) implements ConditionTree {}

  /**
   * One condition: {@code left} and {@code right} are the sides of its comparison, if it is one
   * ({@code size() > params.integer("station.size.max")}); {@code plain} says whether it can be
   * evaluated on its own.
   */
  record Leaf(String text, String operator, String left, String right, boolean plain) implements ConditionTree {}

  Set<String> DRL_WORDS = Set.of("matches", "contains", "memberOf", "in", "soundslike", "excludes", "not", "str",
      "after", "before", "coincides", "during", "finishes", "includes", "meets", "overlaps", "starts");
  Set<String> COMPARISONS = Set.of("==", "!=", "<=", ">=", "<", ">");

  /** Returns the tree of {@code text}, a constraint as DRL's parser gives it. */
  static ConditionTree parse(String text) {
    String t = stripParentheses(text.strip());
    List<String> any = split(t, "||");
    if (any.size() > 1) {
      return new Any(t, any.stream().map(ConditionTree::parse).toList());
    }
    List<String> all = split(t, "&&");
    if (all.size() > 1) {
      return new All(t, all.stream().map(ConditionTree::parse).toList());
    }
    return leaf(t);
  }

  private static Leaf leaf(String t) {
    List<Tokens.Token> tokens = Tokens.of(t);
    boolean plain = !tokens.isEmpty();
    int comparison = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token token = tokens.get(i);
      if (token.depth() == 0 && token.kind() == Tokens.Kind.WORD && DRL_WORDS.contains(token.text())) {
        plain = false;
      }
      if (token.kind() == Tokens.Kind.SYMBOL && (token.text().equals("#") || token.text().equals("?.")
          || token.text().equals("!.") || (token.depth() == 0 && token.text().equals(":")))) {
        plain = false;
      }
      if (token.depth() == 0 && token.kind() == Tokens.Kind.SYMBOL && COMPARISONS.contains(token.text())) {
        if (comparison >= 0 || i == 0) {
          plain = false; // a chain (a < b < c) or an abbreviated one (< 40): DRL's own
        }
        comparison = i;
      }
    }
    if (comparison > 0 && plain && comparison < tokens.size() - 1) {
      Tokens.Token op = tokens.get(comparison);
      String left = t.substring(0, op.start()).strip();
      String right = t.substring(op.start() + op.text().length()).strip();
      return new Leaf(t, op.text(), left, right, true);
    }
    return new Leaf(t, null, null, null, plain && comparison < 0);
  }

  /** Returns {@code text} without parentheses around all of it. */
  static String stripParentheses(String text) {
    String t = text.strip();
    while (t.startsWith("(") && t.endsWith(")") && closes(t) == t.length() - 1) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /** Returns the index of the parenthesis closing the one {@code text} starts with, or -1. */
  private static int closes(String text) {
    for (Tokens.Token token : Tokens.of(text)) {
      if (token.text().equals(")") && token.depth() == 0) {
        return token.start();
      }
    }
    return -1;
  }

  /** Returns {@code text} split at {@code operator} where it stands outside parentheses and strings. */
  private static List<String> split(String text, String operator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (Tokens.Token token : Tokens.of(text)) {
      if (token.depth() == 0 && token.text().equals(operator)) {
        parts.add(text.substring(from, token.start()).strip());
        from = token.start() + operator.length();
      }
    }
    parts.add(text.substring(from).strip());
    return parts;
  }
}
