package org.amodel.rules.safety;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amodel.rules.ruleset.RuleSetProblem;
import org.amodel.rules.safety.CodeScanner.Context;
import org.amodel.rules.safety.CodeScanner.Scope;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.mvel.parser.MvelParser;

/**
 * Walks the parsed form of one rule file and collects its problems. One instance per check.
 */
final class DrlChecker {
  private static final Pattern CONSTRAINT_BINDING = Pattern.compile("^\\s*(\\$?[\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:(?![:])");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
  private static final Set<String> PLAIN_ATTRIBUTES = Set.of(
      "no-loop", "lock-on-active", "auto-focus", "agenda-group", "activation-group", "ruleflow-group",
      "date-effective", "date-expires", "calendars");
  private static final String THE_FILE = "the file";

  private final String file;
  private final SourceText source;
  private final Map<String, RuleSetProblem> problems = new LinkedHashMap<>();
  private final Map<String, List<String>> imports = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Set<String> globals = new LinkedHashSet<>();
  private final Set<String> functions = new LinkedHashSet<>();
  private final Set<String> queries = new LinkedHashSet<>();
  private final Set<AttributeDescr> packageAttributes = Collections.newSetFromMap(new IdentityHashMap<>());

  DrlChecker(String file, String text) {
    this.file = file;
    this.source = new SourceText(text);
  }

  List<RuleSetProblem> problems() {
    return List.copyOf(problems.values());
  }

  void check(PackageDescr pkg) {
    for (ImportDescr descr : pkg.getImports()) {
      checkImport(descr);
    }
    for (FunctionImportDescr descr : pkg.getFunctionImports()) {
      checkFunctionImport(descr);
    }
    for (AccumulateImportDescr descr : pkg.getAccumulateImports()) {
      report(offsetOf(descr), THE_FILE + " imports the accumulate function " + descr.getTarget()
          + ", which rule files may not use; use the built-in functions such as count(), sum($x) or collectList()");
    }
    for (GlobalDescr descr : pkg.getGlobals()) {
      globals.add(descr.getIdentifier());
    }
    for (FunctionDescr descr : pkg.getFunctions()) {
      functions.add(descr.getName());
    }
    for (RuleDescr descr : pkg.getRules()) {
      if (descr.isQuery()) {
        queries.add(descr.getName());
      }
    }
    for (GlobalDescr descr : pkg.getGlobals()) {
      scanAt(descr.getType(), offsetOf(descr), -1, scope("the global \"" + descr.getIdentifier() + "\"",
          Context.TYPE, Set.of(), Set.of()));
    }
    for (AttributeDescr descr : pkg.getAttributes()) {
      packageAttributes.add(descr);
      checkAttribute(descr, THE_FILE);
    }
    for (TypeDeclarationDescr descr : pkg.getTypeDeclarations()) {
      report(offsetOf(descr), THE_FILE + " declares the type \"" + descr.getTypeName()
          + "\", which rule files may not do; rules use the types of the community model");
    }
    for (EnumDeclarationDescr descr : pkg.getEnumDeclarations()) {
      report(offsetOf(descr), THE_FILE + " declares the enum \"" + descr.getTypeName()
          + "\", which rule files may not do; rules use the types of the community model");
    }
    for (EntryPointDeclarationDescr descr : pkg.getEntryPointDeclarations()) {
      report(offsetOf(descr), THE_FILE + " declares the entry point \"" + descr.getEntryPointId()
          + "\", which rule files may not do; rules use the types of the community model");
    }
    for (WindowDeclarationDescr descr : pkg.getWindowDeclarations()) {
      report(offsetOf(descr), THE_FILE + " declares the window \"" + descr.getName()
          + "\", which rule files may not do; rules use the types of the community model");
    }
    for (FunctionDescr descr : pkg.getFunctions()) {
      checkFunction(descr);
    }
    for (RuleDescr descr : pkg.getRules()) {
      checkRule(descr);
    }
  }

  // ---------------------------------------------------------------- file level

  private void checkImport(ImportDescr descr) {
    String target = descr.getTarget().trim();
    int at = offsetOf(descr);
    if (target.endsWith(".*")) {
      String pkg = target.substring(0, target.length() - 2);
      if (Allowlist.isAllowedPackage(pkg)) {
        // each simple name is later resolved against the package's real classes (Allowlist.onDemand)
        onDemandPackages.add(pkg);
      } else {
        report(at, THE_FILE + " imports " + target + ", which rule files may not use; " + CodeScanner.ALLOWED_SUMMARY);
      }
      return;
    }
    List<String> segments = Allowlist.split(target);
    if (!Allowlist.allows(segments)) {
      report(at, THE_FILE + " imports " + target + ", which rule files may not use; " + CodeScanner.ALLOWED_SUMMARY);
    }
    imports.put(segments.get(segments.size() - 1), segments);
  }

  private void checkFunctionImport(ImportDescr descr) {
    String target = descr.getTarget().trim();
    List<String> segments = Allowlist.split(target);
    boolean denied = Allowlist.DENIED_STATIC_CALLS.contains(target)
        || Allowlist.DENIED_METHODS.contains(segments.get(segments.size() - 1));
    if (target.endsWith(".*") || segments.size() < 2 || denied
        || !Allowlist.allows(segments.subList(0, segments.size() - 1))) {
      report(offsetOf(descr), THE_FILE + " imports the function " + target + ", which rule files may not use; "
          + CodeScanner.ALLOWED_SUMMARY);
    } else {
      functions.add(segments.get(segments.size() - 1));
    }
  }

  private void checkAttribute(AttributeDescr descr, String subject) {
    String name = descr.getName();
    String value = descr.getValue() == null ? "" : descr.getValue().trim();
    int at = descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : offsetOf(descr);
    String literal = stripParentheses(value);
    switch (name) {
      case "salience" -> {
        if (!WHOLE_NUMBER.matcher(literal).matches()) {
          report(at, subject + " sets salience to \"" + value + "\", which rule files may not do: salience must be a "
              + "whole number such as 10, not code");
        }
      }
      case "enabled" -> {
        if (!literal.equals("true") && !literal.equals("false")) {
          report(at, subject + " sets enabled to \"" + value + "\", which rule files may not do: enabled must be true "
              + "or false, not code");
        }
      }
      case "dialect" -> {
        if (!stripQuotes(literal).equals("java")) {
          report(at, subject + " asks for dialect \"" + stripQuotes(literal) + "\", which rule files may not use; "
              + "leave the dialect out and write rules in the default (Java) dialect");
        }
      }
      default -> {
        if (!PLAIN_ATTRIBUTES.contains(name)) {
          report(at, subject + " sets the attribute " + name + ", which rule files may not use; they may use salience, "
              + "enabled, no-loop, lock-on-active, auto-focus, agenda-group, activation-group, ruleflow-group, "
              + "date-effective, date-expires and calendars");
        }
      }
    }
  }

  private void checkAnnotations(Iterable<AnnotationDescr> annotations, String subject, int from, int to) {
    for (AnnotationDescr annotation : annotations) {
      int at = source.locate("@" + annotation.getName(), annotation.getStartCharacter(), from, to);
      if (!annotation.getName().matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
        report(at, subject + " has the annotation @" + annotation.getName() + ", which rule files may not use: "
            + "annotations are plain words such as @id or @basis");
      }
      for (Object value : annotation.getValueMap().values()) {
        checkAnnotationValue(annotation.getName(), value, subject, at);
      }
    }
  }

  private void checkAnnotationValue(String annotation, Object value, String subject, int at) {
    if (value instanceof AnnotationDescr nested) {
      for (Object inner : nested.getValueMap().values()) {
        checkAnnotationValue(annotation, inner, subject, at);
      }
      return;
    }
    if (value instanceof Object[] array) {
      for (Object inner : array) {
        checkAnnotationValue(annotation, inner, subject, at);
      }
      return;
    }
    String text = String.valueOf(value);
    if (!isPlainValue(text)) {
      report(at, subject + " has the annotation @" + annotation + " with the value " + text
          + ", which rule files may not use: Drools evaluates it as code; annotation values must be text in quotes, "
          + "numbers or true/false");
    }
  }

  private static boolean isPlainValue(String text) {
    if (text.contains("\\u")) {
      return false;
    }
    for (CodeLexer.Token token : CodeLexer.tokenize(text)) {
      switch (token.kind()) {
        case STRING, NUMBER -> {
        }
        case IDENT -> {
          if (token.text().equals("new")) {
            return false;
          }
        }
        case OP -> {
          if (!Set.of(",", "-", "+", "!", "*", "{", "}", "[", "]").contains(token.text())) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- functions

  private void checkFunction(FunctionDescr descr) {
    String subject = "the function \"" + descr.getName() + "\"";
    int start = descr.getStartCharacter();
    int end = descr.getEndCharacter();
    Scope typeScope = scope(subject, Context.TYPE, Set.of(), Set.of());
    if (descr.getReturnType() != null) {
      scanAt(descr.getReturnType(), source.locate(descr.getReturnType(), -1, start, end), descr.getLine(), typeScope);
    }
    int cursor = start;
    for (String type : descr.getParameterTypes()) {
      int at = source.locate(type, -1, cursor, end);
      scanAt(type, at, descr.getLine(), typeScope);
      if (at >= 0) {
        cursor = at + type.length();
      }
    }
    Set<String> parameters = new LinkedHashSet<>(descr.getParameterNames());
    String body = descr.getBody() == null ? "" : descr.getBody();
    int bodyAt = source.locate(body, -1, cursor, end);
    if (bodyAt < 0) {
      bodyAt = textAfter(source.locate("{", -1, cursor, end), 1);
    }
    checkBlock(body, bodyAt, descr.getLine(), subject, parameters, Set.of(), false);
  }

  // ---------------------------------------------------------------- rules

  private void checkRule(RuleDescr rule) {
    String subject = (rule.isQuery() ? "the query \"" : "the rule \"") + rule.getName() + "\"";
    int start = rule.getStartCharacter();
    int end = rule.getEndCharacter();
    checkAnnotations(rule.getAnnotations(), subject, start, end);
    for (AttributeDescr attribute : rule.getAttributes().values()) {
      if (!packageAttributes.contains(attribute)) {
        checkAttribute(attribute, subject);
      }
    }
    Set<String> bindings = new LinkedHashSet<>();
    if (rule instanceof QueryDescr query) {
      bindings.addAll(List.of(query.getParameters()));
      Scope typeScope = scope(subject, Context.TYPE, Set.of(), Set.of());
      int cursor = start;
      for (String type : query.getParameterTypes()) {
        int at = source.locate(type, -1, cursor, end);
        scanAt(type, at, rule.getLine(), typeScope);
        if (at >= 0) {
          cursor = at + type.length();
        }
      }
    }
    collectBindings(rule.getLhs(), bindings);
    checkLhs(rule.getLhs(), subject, bindings);

    if (rule.getConsequence() instanceof String consequence && !consequence.isBlank()) {
      int from = rule.getConsequenceLine() > 0 ? source.offset(rule.getConsequenceLine(), 0) : start;
      int at = source.locate(consequence, -1, from, end);
      if (at < 0) {
        at = textAfter(source.locate("then", -1, from, end), "then".length());
      }
      checkBlock(consequence, at, rule.getConsequenceLine(), subject, Set.of(), bindings, true);
    }
    for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
      if (named.getValue() instanceof String code && !code.isBlank()) {
        String label = "[" + named.getKey() + "]";
        int thenAt = source.locate("then" + label, -1, start, end);
        int from = thenAt >= 0 ? thenAt : start;
        int at = source.locate(code, -1, from, end);
        if (at < 0) {
          at = textAfter(thenAt, ("then" + label).length());
        }
        checkBlock(code, at, rule.getLine(), subject, Set.of(), bindings, true);
      }
    }
  }

  private void collectBindings(BaseDescr descr, Set<String> bindings) {
    if (descr instanceof PatternDescr pattern) {
      if (pattern.getIdentifier() != null) {
        bindings.add(pattern.getIdentifier());
      }
      bindings.addAll(pattern.getAllBoundIdentifiers());
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (constraint instanceof ExprConstraintDescr expr) {
          Matcher m = CONSTRAINT_BINDING.matcher(expr.getExpression());
          if (m.find()) {
            bindings.add(m.group(1));
          }
        } else if (constraint instanceof BindingDescr binding) {
          bindings.add(binding.getVariable());
        }
      }
      if (pattern.getSource() != null) {
        collectBindings(pattern.getSource(), bindings);
      }
    } else if (descr instanceof AccumulateDescr accumulate) {
      for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
        if (function.getBind() != null) {
          bindings.add(function.getBind());
        }
      }
      if (accumulate.getInput() != null) {
        collectBindings(accumulate.getInput(), bindings);
      }
    } else if (descr instanceof CollectDescr collect) {
      if (collect.getInputPattern() != null) {
        collectBindings(collect.getInputPattern(), bindings);
      }
    } else if (descr instanceof org.drools.drl.ast.descr.ConditionalElementDescr element) {
      for (BaseDescr child : element.getDescrs()) {
        collectBindings(child, bindings);
      }
    }
  }

  private void checkLhs(BaseDescr descr, String subject, Set<String> bindings) {
    if (descr == null) {
      return;
    }
    if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
        || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
      for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
        checkLhs(child, subject, bindings);
      }
    } else if (descr instanceof PatternDescr pattern) {
      checkPattern(pattern, subject, bindings);
    } else if (descr instanceof EvalDescr eval) {
      report(offsetOf(eval), subject + " uses eval(...), which rule files may not use; write the test as a constraint "
          + "inside a pattern, e.g. ServiceStation( size > 5 )");
    } else if (descr instanceof AccumulateDescr accumulate) {
      checkAccumulate(accumulate, subject, bindings, offsetOf(accumulate), accumulate.getEndCharacter());
    } else if (descr instanceof ConditionalBranchDescr branch) {
      checkBranch(branch, subject, bindings);
    } else if (descr instanceof NamedConsequenceDescr) {
      return;
    } else {
      report(offsetOf(descr), subject + " uses a " + describeConstruct(descr)
          + " condition, which the safety check does not know and so refuses");
    }
  }

  private void checkBranch(ConditionalBranchDescr branch, String subject, Set<String> bindings) {
    EvalDescr condition = branch.getCondition();
    if (condition != null && condition.getContent() != null) {
      String code = condition.getContent().toString();
      int at = source.locate(code, -1, Math.max(0, branch.getStartCharacter()), branch.getEndCharacter());
      scanAt(code, at, branch.getLine(), scope(subject, Context.EXPRESSION, Set.of(), bindings));
    }
    if (branch.getElseBranch() != null) {
      checkBranch(branch.getElseBranch(), subject, bindings);
    }
  }

  private void checkPattern(PatternDescr pattern, String subject, Set<String> bindings) {
    int start = Math.max(0, pattern.getStartCharacter());
    int end = pattern.getEndCharacter();
    checkAnnotations(pattern.getAnnotations(), subject, start, end);
    String type = pattern.getObjectType();
    boolean query = pattern.isQuery() || queries.contains(type);
    if (type != null && !query) {
      scanAt(type, source.locate(type, start, start, end), pattern.getLine(),
          scope(subject, Context.TYPE, Set.of(), Set.of()));
    }
    if (!pattern.getBehaviors().isEmpty()) {
      report(offsetOf(pattern), subject + " uses a sliding window (over window:...), which rule files may not use; "
          + "rules check a community as of a date");
    }
    Scope expressions = scope(subject, Context.EXPRESSION, Set.of(), bindings);
    for (BaseDescr constraint : pattern.getDescrs()) {
      String code;
      if (constraint instanceof ExprConstraintDescr expr) {
        code = expr.getExpression();
      } else if (constraint instanceof BindingDescr binding) {
        code = binding.getExpression();
      } else {
        report(offsetOf(constraint), subject + " uses a " + describeConstruct(constraint)
            + " constraint, which the safety check does not know and so refuses");
        continue;
      }
      if (code != null) {
        scanAt(code, source.locate(code, constraint.getStartCharacter(), start, end), constraint.getLine(), expressions);
      }
    }
    PatternSourceDescr patternSource = pattern.getSource();
    if (patternSource instanceof FromDescr from) {
      String code = from.getDataSource() instanceof MVELExprDescr mvel ? mvel.getExpression()
          : from.getDataSource() == null ? null : from.getDataSource().getText();
      if (code != null) {
        int fromKeyword = source.locate("from", -1, start, end);
        scanAt(code, source.locate(code, -1, fromKeyword >= 0 ? fromKeyword : start, end), pattern.getLine(), expressions);
      }
    } else if (patternSource instanceof AccumulateDescr accumulate) {
      checkAccumulate(accumulate, subject, bindings, start, end);
    } else if (patternSource instanceof CollectDescr collect) {
      checkLhs(collect.getInputPattern(), subject, bindings);
    } else if (patternSource instanceof WindowReferenceDescr window) {
      report(offsetOf(pattern), subject + " reads from the window \"" + window.getName()
          + "\", which rule files may not use; rules check a community as of a date");
    } else if (patternSource != null && !(patternSource instanceof EntryPointDescr)) {
      report(offsetOf(pattern), subject + " reads facts from a " + describeConstruct(patternSource)
          + ", which the safety check does not know and so refuses");
    }
  }

  private void checkAccumulate(AccumulateDescr accumulate, String subject, Set<String> bindings, int from, int to) {
    int at = accumulate.getStartCharacter() >= 0 ? accumulate.getStartCharacter() : from;
    if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
        || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
      report(at, subject + " uses accumulate with init/action/reverse/result code, which rule files may not use; "
          + "use a function such as count(), sum($x), min($x), max($x) or collectList($x)");
    }
    Scope expressions = scope(subject, Context.EXPRESSION, Set.of(), bindings);
    int cursor = at;
    for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
      int nameAt = source.locate(function.getFunction(), -1, cursor, to);
      scanAt(function.getFunction(), nameAt, accumulate.getLine(), expressions);
      cursor = nameAt >= 0 ? nameAt : cursor;
      for (String param : function.getParams()) {
        int paramAt = source.locate(param, -1, cursor, to);
        scanAt(param, paramAt, accumulate.getLine(), expressions);
        cursor = paramAt >= 0 ? paramAt : cursor;
      }
    }
    if (accumulate instanceof GroupByDescr groupBy) {
      for (String code : new String[] {groupBy.getGroupingKey(), groupBy.getGroupingFunction()}) {
        if (code != null) {
          scanAt(code, source.locate(code, -1, at, to), accumulate.getLine(), expressions);
        }
      }
    }
    if (accumulate.getInput() != null) {
      checkLhs(accumulate.getInput(), subject, bindings);
    }
  }

  // ---------------------------------------------------------------- code

  /**
   * Checks a consequence or function body: it must read as Java (the MVEL parser, which also knows
   * {@code modify(...) { }}), and every name in it must be allowed.
   */
  private void checkBlock(String code, int at, int fallbackLine, String subject, Set<String> parameters,
      Set<String> bindings, boolean seesGlobals) {
    Set<String> variables = new LinkedHashSet<>(parameters);
    try {
      BlockStmt block = MvelParser.parseBlock("{" + code + "\n}");
      for (Node node : block.findAll(Node.class)) {
        if (node instanceof VariableDeclarator declarator) {
          variables.add(declarator.getNameAsString());
        } else if (node instanceof Parameter parameter) {
          variables.add(parameter.getNameAsString());
        }
      }
    } catch (ParseProblemException e) {
      int offset = parseProblemOffset(code, e);
      String detail = e.getProblems().isEmpty() ? "" : firstLine(e.getProblems().get(0).getMessage());
      reportIn(code, at, fallbackLine, offset, subject + " has code that cannot be read as Java" + (detail.isEmpty()
          ? "" : " (" + detail + ")") + "; check brackets, quotes and semicolons");
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      reportIn(code, at, fallbackLine, 0, subject + " has code that cannot be read as Java; check brackets, quotes "
          + "and semicolons");
    }
    scanAt(code, at, fallbackLine, scope(subject, Context.BLOCK, variables, bindings, seesGlobals));
  }

  private static int parseProblemOffset(String code, ParseProblemException e) {
    Optional<Position> position = e.getProblems().stream().findFirst()
        .flatMap(Problem::getLocation)
        .flatMap(range -> range.getBegin().getRange())
        .map(range -> range.begin);
    if (position.isEmpty() || position.get().line < 1) {
      return 0;
    }
    SourceText wrapped = new SourceText("{" + code + "\n}");
    int offset = wrapped.offset(position.get().line, position.get().column - 1) - 1;
    return Math.max(0, Math.min(offset, code.length()));
  }

  private void scanAt(String code, int at, int fallbackLine, Scope scope) {
    new CodeScanner(scope, (offset, message) -> reportIn(code, at, fallbackLine, offset, message)).scan(code);
  }

  /** Reports a problem at an offset within {@code code}, which starts at {@code at} in the file (-1 if not found). */
  private void reportIn(String code, int at, int fallbackLine, int offset, String message) {
    if (at >= 0) {
      report(at + offset, message);
    } else {
      int line = Math.max(0, fallbackLine) + (int) code.substring(0, Math.min(offset, code.length())).lines().count() - 1;
      add(new RuleSetProblem(file, Math.max(0, line), 0, message));
    }
  }

  private Scope scope(String subject, Context context, Set<String> locals, Set<String> bindings) {
    return scope(subject, context, locals, bindings, true);
  }

  /** Returns what code sees; functions see neither bindings nor globals, only their parameters. */
  private Scope scope(String subject, Context context, Set<String> locals, Set<String> bindings,
      boolean seesGlobals) {
    Set<String> visibleGlobals = seesGlobals ? Set.copyOf(globals) : Set.of();
    Set<String> variables = new LinkedHashSet<>(bindings);
    variables.addAll(visibleGlobals);
    variables.addAll(locals);
    return new Scope(subject, context, variables, visibleGlobals, Set.copyOf(functions), Map.copyOf(imports),
        List.copyOf(onDemandPackages));
  }

  // ---------------------------------------------------------------- positions and problems

  /**
   * Returns the first non-blank character after a keyword at {@code keywordAt}, or -1. The parser
   * strips the blanks before a consequence or function body and may rewrite a literal in it
   * ({@code '\''} becomes {@code "\'"}), so when the text is not found verbatim its lines are
   * still counted from here.
   */
  private int textAfter(int keywordAt, int keywordLength) {
    if (keywordAt < 0) {
      return -1;
    }
    String text = source.text();
    int i = keywordAt + keywordLength;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int offsetOf(BaseDescr descr) {
    if (descr.getStartCharacter() >= 0 && descr.getStartCharacter() <= source.text().length()) {
      return descr.getStartCharacter();
    }
    if (descr.getLine() > 0) {
      return source.offset(descr.getLine(), Math.max(0, descr.getColumn()));
    }
    return -1;
  }

  void report(int offset, String message) {
    if (offset < 0) {
      add(RuleSetProblem.inFile(file, message));
    } else {
      add(new RuleSetProblem(file, source.line(offset), source.column(offset), message));
    }
  }

  void add(RuleSetProblem problem) {
    problems.putIfAbsent(problem.line() + ":" + problem.column() + ":" + problem.message(), problem);
  }

  private static String describeConstruct(BaseDescr descr) {
    String name = descr.getClass().getSimpleName().replace("Descr", "");
    return name.isEmpty() ? "unknown" : name;
  }

  private static String stripParentheses(String value) {
    String v = value.trim();
    while (v.startsWith("(") && v.endsWith(")")) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v;
  }

  private static String stripQuotes(String value) {
    String v = value.trim();
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }
}
