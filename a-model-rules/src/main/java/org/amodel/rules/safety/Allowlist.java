package org.amodel.rules.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a rule file may use, and the method names it may never call whatever the receiver.
 * Everything is decided on names: the checker loads no class, so it also works for helper classes
 * that do not exist yet.
 */
final class Allowlist {
  /** Packages whose types (not sub-packages) are allowed, with their nested types and members. */
  static final List<String> PACKAGES = List.of(
      "org.amodel.core.model",
      "org.amodel.core.finding",
      "org.amodel.core.election",
      "org.amodel.core.voters",
      "org.amodel.core.recruitment",
      "org.amodel.rules.drl",
      "java.time",
      "java.time.chrono",
      "java.time.format",
      "java.time.temporal",
      "java.util.function",
      "java.util.stream");

  /** Single types that are allowed, with their nested types and members. */
  static final List<String> TYPES = List.of(
      "org.amodel.core.parameters.RepresentativeCategories",
      "org.amodel.core.parameters.Share",
      "java.lang.Boolean",
      "java.lang.Byte",
      "java.lang.CharSequence",
      "java.lang.Character",
      "java.lang.Comparable",
      "java.lang.Double",
      "java.lang.Enum",
      "java.lang.Float",
      "java.lang.Integer",
      "java.lang.Iterable",
      "java.lang.Long",
      "java.lang.Math",
      "java.lang.Number",
      "java.lang.Object",
      "java.lang.Short",
      "java.lang.String",
      "java.lang.StringBuilder",
      "java.math.BigDecimal",
      "java.math.BigInteger",
      "java.math.RoundingMode",
      "java.util.ArrayDeque",
      "java.util.ArrayList",
      "java.util.Arrays",
      "java.util.Collection",
      "java.util.Collections",
      "java.util.Comparator",
      "java.util.Deque",
      "java.util.EnumMap",
      "java.util.EnumSet",
      "java.util.HashMap",
      "java.util.HashSet",
      "java.util.Iterator",
      "java.util.LinkedHashMap",
      "java.util.LinkedHashSet",
      "java.util.LinkedList",
      "java.util.List",
      "java.util.Map",
      "java.util.Objects",
      "java.util.Optional",
      "java.util.OptionalDouble",
      "java.util.OptionalInt",
      "java.util.OptionalLong",
      "java.util.Set",
      "java.util.SortedMap",
      "java.util.SortedSet",
      "java.util.StringJoiner",
      "java.util.TreeMap",
      "java.util.TreeSet");

  /** Simple names that resolve to an allowed type without an import (java.lang). */
  static final Set<String> JAVA_LANG_SIMPLE_NAMES = TYPES.stream()
      .filter(t -> t.startsWith("java.lang."))
      .map(t -> t.substring("java.lang.".length()))
      .collect(Collectors.toUnmodifiableSet());

  /** Annotations a consequence or function may carry on an anonymous class's methods. */
  static final Set<String> HARMLESS_ANNOTATIONS = Set.of("Override", "SuppressWarnings", "FunctionalInterface", "SafeVarargs");

  /** Static methods of allowed types that still reach outside the rule (system properties). */
  static final Set<String> DENIED_STATIC_CALLS = Set.of(
      "java.lang.Integer.getInteger", "java.lang.Long.getLong", "java.lang.Boolean.getBoolean");

  /**
   * Method names refused on any receiver: reflection, class loading, process and thread control,
   * and the {@code Object} monitor methods.
   */
  static final Set<String> DENIED_METHODS = Set.of(
      "getClass", "getClassLoader", "getContextClassLoader", "getSystemClassLoader", "getPlatformClassLoader",
      "forName", "loadClass", "findClass", "defineClass",
      "getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods",
      "getDeclaredField", "getDeclaredFields", "getField", "getFields",
      "getDeclaredConstructor", "getDeclaredConstructors", "getConstructor", "getConstructors",
      "getDeclaringClass", "getEnclosingClass", "getEnclosingMethod", "getSuperclass", "getInterfaces",
      "getModule", "getProtectionDomain", "getResource", "getResourceAsStream", "getRecordComponents",
      "getComponentType", "describeConstable", "resolveConstantDesc",
      "invoke", "invokeExact", "invokeWithArguments", "newInstance", "setAccessible", "trySetAccessible",
      "lookup", "privateLookupIn", "unreflect",
      "exec", "exit", "halt", "load", "loadLibrary", "runFinalization", "getRuntime",
      "wait", "notify", "notifyAll", "finalize");

  /**
   * Property names that MVEL (constraints, {@code from}) turns into a refused no-argument getter,
   * e.g. {@code $x.class.classLoader}.
   */
  static final Set<String> DENIED_PROPERTIES = Set.of(
      "class", "classLoader", "contextClassLoader", "systemClassLoader", "platformClassLoader",
      "declaredMethods", "methods", "declaredFields", "fields", "declaredConstructors", "constructors",
      "declaringClass", "enclosingClass", "enclosingMethod", "superclass", "interfaces", "module",
      "protectionDomain", "recordComponents", "componentType", "runtime");

  /**
   * Unqualified calls in a consequence that Drools turns into working-memory changes
   * ({@code insert(x)} becomes {@code drools.insert(x)}), and {@code modify(x) { ... }}.
   */
  static final Set<String> FACT_CHANGES = Set.of(
      "insert", "insertLogical", "insertAsync", "update", "modify", "retract", "delete",
      "modifyInsert", "modifyRetract", "bolster", "don", "shed", "ward", "grant");

  /** Methods a consequence may call on {@code drools} or {@code kcontext}. */
  static final Set<String> KNOWLEDGE_HELPER_METHODS = Set.of("getRule", "getMatch");

  /** First segments that make a dotted name a fully-qualified one. */
  static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "net", "io");

  private Allowlist() {
  }

  /**
   * Returns whether a fully-qualified name, possibly followed by nested types and members
   * ({@code java.util.Map.Entry}, {@code java.time.LocalDate.now}), is allowed.
   */
  static boolean allows(List<String> segments) {
    for (String type : TYPES) {
      List<String> typeSegments = split(type);
      if (startsWith(segments, typeSegments)) {
        return true;
      }
    }
    for (String pkg : PACKAGES) {
      List<String> pkgSegments = split(pkg);
      if (segments.size() > pkgSegments.size() && startsWith(segments, pkgSegments)
          && isCapitalised(segments.get(pkgSegments.size()))) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the rule files' packages include {@code pkg} itself. */
  static boolean isAllowedPackage(String pkg) {
    return PACKAGES.contains(pkg);
  }

  static List<String> describe() {
    List<String> all = new ArrayList<>();
    PACKAGES.forEach(p -> all.add(p + ".*"));
    all.addAll(TYPES);
    return List.copyOf(all);
  }

  static List<String> split(String dotted) {
    return Arrays.asList(dotted.split("\\."));
  }

  static boolean isCapitalised(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
  }

  /**
   * Returns the full name of {@code simpleName} in the first of {@code packages} (each an allowed
   * package imported with {@code .*}) that has a class of that name, as Java resolves an on-demand
   * import. The class is looked up, not initialised; only allowed packages are ever asked.
   */
  static Optional<String> onDemand(List<String> packages, String simpleName) {
    for (String pkg : packages) {
      if (!isAllowedPackage(pkg)) {
        continue;
      }
      String name = pkg + "." + simpleName;
      try {
        Class.forName(name, false, Allowlist.class.getClassLoader());
        return Optional.of(name);
      } catch (ClassNotFoundException | LinkageError notThere) {
        // not a class of this package: try the next
      }
    }
    return Optional.empty();
  }
}
