package org.amodel.rules.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.amodel.rules.safety.CodeLexer.Token;

/**
 * Checks one piece of rule code token by token against the allowlist. Every identifier the
 * compiler will see is looked at, whatever construct it sits in (a call, a cast, a local variable's
 * type, a generic argument, a lambda, an anonymous class, an MVEL inline cast): a dotted name is
 * resolved as a fully-qualified name when it starts with a package, as a type when it starts with
 * a capital letter, and as a value (binding, global, local variable, fact property) otherwise.
 */
final class CodeScanner {
  static final String ALLOWED_SUMMARY = "rule files may only use the community model, the findings API, "
      + "java.time, java.util collections and plain values";

  /** What kind of code a snippet is; it decides which names can be values. */
  enum Context {
    /** A consequence or function body (Java). */
    BLOCK,
    /** A constraint, {@code from} expression or accumulate argument (MVEL). */
    EXPRESSION,
    /** A type name (global, function signature, pattern type). */
    TYPE
  }

  /** Receives a problem at an offset within the scanned snippet. */
  interface Reporter {
    void report(int offset, String message);
  }

  /**
   * What the code can see.
   *
   * @param subject who the message is about, e.g. {@code the rule "Exit"}
   * @param variables every name that is a value here (bindings, globals, locals, parameters)
   * @param globals the globals declared in the file, if they are visible here
   * @param functions the functions declared in the file
   * @param imports simple name to fully-qualified name, from the file's single-type imports
   */
  record Scope(String subject, Context context, Set<String> variables, Set<String> globals, Set<String> functions, Map<String, List<String>> imports, List<String> onDemandPackages) {
  }

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
      "record", "sealed", "permits");

  /**
   * Well-known java.lang types outside the allowlist. Only used to word messages: any simple name
   * that is neither imported nor an allowed java.lang type is refused whether it is listed or not.
   */
  private static final Set<String> JAVA_LANG_REFUSED = Set.of(
      "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal",
      "InheritableThreadLocal", "Class", "ClassLoader", "ClassValue", "Module", "ModuleLayer", "Package",
      "SecurityManager", "StackWalker", "StackTraceElement", "StrictMath", "Void", "Runnable", "Throwable",
      "Exception", "RuntimeException", "Error", "Record", "AutoCloseable", "Appendable", "Readable", "Cloneable");

  private final Scope scope;
  private final Reporter reporter;
  private List<Token> tokens;
  private final BitSet reported = new BitSet();

  CodeScanner(Scope scope, Reporter reporter) {
    this.scope = scope;
    this.reporter = reporter;
  }

  void scan(String code) {
    reportUnicodeEscapes(code);
    tokens = CodeLexer.tokenize(code);
    boolean inCaseLabel = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isIdent() && token.text().equals("case")) {
        inCaseLabel = true;
      } else if (token.isOp(":") || token.isOp("->")) {
        inCaseLabel = false;
      }
      if (!token.isIdent()) {
        continue;
      }
      if (isMemberConnector(at(i - 1))) {
        checkMember(i);
      } else {
        checkHead(i, inCaseLabel);
      }
    }
  }

  private void reportUnicodeEscapes(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) != '\\') {
        continue;
      }
      int run = 0;
      while (i + run < code.length() && code.charAt(i + run) == '\\') {
        run++;
      }
      int after = i + run;
      if (run % 2 == 1 && after < code.length() && code.charAt(after) == 'u') {
        int end = Math.min(code.length(), after + 5);
        String escape = code.substring(after - 1, end);
        reporter.report(after - 1, scope.subject() + " uses the escape " + escape
            + ", which rule files may not use; write the character itself (rule files are UTF-8)");
      }
      i = after - 1;
    }
  }

  private void checkMember(int i) {
    if (reported.get(i)) {
      return;
    }
    Token token = tokens.get(i);
    String name = token.text();
    Token prev = at(i - 1);
    Token next = at(i + 1);
    if (name.equals("class") && prev.isOp(".")) {
      Token owner = at(i - 2);
      String ownerText = owner == null ? "" : owner.text();
      refuse(i, token.start(), "uses", ownerText + ".class");
    } else if (Allowlist.DENIED_METHODS.contains(name)
        && (isOp(next, "(") || prev.isOp("::") || scope.context() == Context.EXPRESSION)) {
      // MVEL also calls a method named without parentheses ($x.getClass).
      refuse(i, token.start(), "calls", name);
    } else if (scope.context() == Context.EXPRESSION && Allowlist.DENIED_PROPERTIES.contains(name)) {
      refuse(i, token.start(), "uses", name);
    }
  }

  private void checkHead(int i, boolean inCaseLabel) {
    Token head = tokens.get(i);
    String first = head.text();
    if (KEYWORDS.contains(first)) {
      return;
    }
    List<String> segments = new ArrayList<>();
    segments.add(first);
    int last = i;
    while (isMemberDot(at(last + 1)) && at(last + 2) != null && at(last + 2).isIdent()
        && !at(last + 2).text().equals("class")) {
      segments.add(at(last + 2).text());
      last += 2;
    }
    Token prev = at(i - 1);
    Token next = at(last + 1);
    boolean call = isOp(next, "(");
    boolean reference = isOp(next, "::");
    boolean creation = prev != null && prev.isIdent() && prev.text().equals("new");
    boolean annotation = isOp(prev, "@");
    String verb = creation ? "creates" : call && segments.size() > 1 ? "calls" : reference ? "refers to" : "uses";
    String display = String.join(".", segments);

    if (first.startsWith("$")) {
      return;
    }
    if (first.equals("drools") || first.equals("kcontext")) {
      checkKnowledgeHelper(i, last, segments, call);
      return;
    }
    if (Allowlist.isCapitalised(first)) {
      // A capitalised name is read as a type even if a binding or global has that name: a binding
      // is not in scope in the patterns before it, nor a global in a function, and there the name
      // would reach the type.
      if (inCaseLabel && segments.size() == 1 && !(next != null && next.isIdent())) {
        return;
      }
      if (annotation && segments.size() == 1 && Allowlist.HARMLESS_ANNOTATIONS.contains(first)) {
        return;
      }
      List<String> resolved;
      Optional<String> onDemand = Allowlist.onDemand(scope.onDemandPackages(), first);
      if (scope.imports().containsKey(first)) {
        resolved = new ArrayList<>(scope.imports().get(first));
      } else if (onDemand.isPresent()) {
        resolved = new ArrayList<>(Allowlist.split(onDemand.get()));
      } else if (Allowlist.JAVA_LANG_SIMPLE_NAMES.contains(first)) {
        resolved = new ArrayList<>(List.of("java", "lang", first));
      } else {
        markChain(i, last);
        String hint = JAVA_LANG_REFUSED.contains(first) ? "" : " (if " + first + " is a type of the community model, "
            + "import it by its full name, e.g. import org.amodel.core.model." + first + ";)";
        reporter.report(head.start(), scope.subject() + " " + verb + " " + display + ", which rule files may not use; "
            + ALLOWED_SUMMARY + hint);
        return;
      }
      resolved.addAll(segments.subList(1, segments.size()));
      checkQualified(i, last, resolved, verb, display);
      return;
    }
    boolean dottedType = segments.stream().skip(1).anyMatch(Allowlist::isCapitalised);
    boolean packageRoot = Allowlist.PACKAGE_ROOTS.contains(first);
    if (dottedType || (packageRoot && segments.size() > 1 && !scope.variables().contains(first))) {
      checkQualified(i, last, segments, verb, display);
      return;
    }
    if (segments.size() == 1 && call) {
      if (Allowlist.DENIED_METHODS.contains(first)) {
        refuse(i, head.start(), "calls", first);
      } else if (scope.context() == Context.BLOCK && Allowlist.FACT_CHANGES.contains(first)) {
        markChain(i, i);
        reporter.report(head.start(), scope.subject() + " calls " + first + ", which rule files may not use: "
            + "rules only report findings (findings.station(drools, ...)); they never insert, modify, update "
            + "or delete facts, so that one rule file cannot feed or change what other rules see");
      }
    }
  }

  private void checkQualified(int i, int last, List<String> segments, String verb, String display) {
    if (!Allowlist.allows(segments)) {
      markChain(i, last);
      reporter.report(tokens.get(i).start(), scope.subject() + " " + verb + " " + display
          + ", which rule files may not use; " + ALLOWED_SUMMARY);
      return;
    }
    for (int k = 2; k <= segments.size(); k++) {
      String prefix = String.join(".", segments.subList(0, k));
      if (Allowlist.DENIED_STATIC_CALLS.contains(prefix)) {
        markChain(i, last);
        reporter.report(tokens.get(i).start(), scope.subject() + " calls " + display
            + ", which rule files may not use (it reads the server's system properties); " + ALLOWED_SUMMARY);
        return;
      }
    }
  }

  private void checkKnowledgeHelper(int i, int last, List<String> segments, boolean call) {
    String name = segments.get(0);
    if (segments.size() > 1) {
      if (segments.size() == 2 && call && Allowlist.KNOWLEDGE_HELPER_METHODS.contains(segments.get(1))) {
        return;
      }
      markChain(i, last);
      reporter.report(tokens.get(i).start(), scope.subject() + " uses " + String.join(".", segments.subList(0, 2))
          + ", which rule files may not use; " + name + " may only be read with " + name + ".getRule() and "
          + name + ".getMatch() or passed to the findings API, e.g. findings.station(" + name + ", ...)");
      return;
    }
    if (!call && passedToFileApi(i)) {
      return;
    }
    markChain(i, last);
    reporter.report(tokens.get(i).start(), scope.subject() + " uses " + name + " other than as an argument of a global "
        + "or of a function of this file, which rule files may not do; pass it only to the findings API, e.g. "
        + "findings.station(" + name + ", ...)");
  }

  /** Returns whether the name at {@code i} is a whole argument of a call on a global or a function of this file. */
  private boolean passedToFileApi(int i) {
    Token prev = at(i - 1);
    Token next = at(i + 1);
    if (!(isOp(prev, "(") || isOp(prev, ",")) || !(isOp(next, ",") || isOp(next, ")"))) {
      return false;
    }
    int depth = 0;
    int k = i - 1;
    for (; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
        depth++;
      } else if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (t.isOp(";") || t.isOp("->"))) {
        return false;
      }
    }
    if (k < 1 || !tokens.get(k).isOp("(")) {
      return false;
    }
    Token method = tokens.get(k - 1);
    if (!method.isIdent() || KEYWORDS.contains(method.text())) {
      return false;
    }
    Token beforeMethod = at(k - 2);
    if (isOp(beforeMethod, ".")) {
      return rootedAtGlobal(k - 3);
    }
    boolean unqualified = beforeMethod == null || !(isMemberConnector(beforeMethod) || isOp(beforeMethod, "#")
        || isOp(beforeMethod, "@") || isOp(beforeMethod, ">")
        || (beforeMethod.isIdent() && beforeMethod.text().equals("new")));
    return unqualified && scope.functions().contains(method.text());
  }

  /**
   * Returns whether the receiver ending at token {@code r} is a global, or a chain of calls on one
   * ({@code findings.citingOn(day)}): the findings API's methods return only the findings API.
   */
  private boolean rootedAtGlobal(int r) {
    while (isOp(at(r), ")")) {
      int depth = 0;
      int k = r;
      for (; k >= 0; k--) {
        Token t = tokens.get(k);
        if (t.isOp(")")) {
          depth++;
        } else if (t.isOp("(")) {
          depth--;
          if (depth == 0) {
            break;
          }
        }
      }
      Token method = at(k - 1);
      if (k < 2 || method == null || !method.isIdent() || !isOp(at(k - 2), ".")) {
        return false;
      }
      r = k - 3;
    }
    Token receiver = at(r);
    return receiver != null && receiver.isIdent() && !isMemberConnector(at(r - 1))
        && scope.globals().contains(receiver.text());
  }

  private void refuse(int index, int offset, String verb, String name) {
    reported.set(index);
    reporter.report(offset, scope.subject() + " " + verb + " " + name + ", which rule files may not use; " + ALLOWED_SUMMARY);
  }

  /** Marks the identifiers of a refused dotted name, so its members are not reported again. */
  private void markChain(int from, int to) {
    reported.set(from, to + 1);
    Token after = at(to + 1);
    if (isOp(after, ".") && at(to + 2) != null && at(to + 2).text().equals("class")) {
      reported.set(to + 2);
    }
  }

  private Token at(int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
  }

  private static boolean isOp(Token token, String op) {
    return token != null && token.isOp(op);
  }

  private static boolean isMemberDot(Token token) {
    return token != null && (token.isOp(".") || token.isOp("!."));
  }

  private static boolean isMemberConnector(Token token) {
    return token != null && (token.isOp(".") || token.isOp("!.") || token.isOp("::"));
  }
}
