package org.amodel.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.amodel.core.ArchitectureConditions;

/**
 * The architecture of the library an application embeds: the rules module and the core beneath it.
 *
 * <p>The import is every main class under {@code org.amodel} on this module's classpath, that is
 * the rules module's own classes and the core's (the examples are not on it; test classes and
 * test-jars are left out). Every rule fails if the import is empty.
 */
@AnalyzeClasses(packages = "org.amodel",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureConditions.DoNotIncludeTestJars.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule rules_and_core_never_depend_on_the_examples = noClasses()
      .that().resideInAnyPackage("org.amodel.rules..", "org.amodel.core..")
      .should().dependOnClassesThat().resideInAPackage("org.amodel.examples..")
      .because("the examples are the command-line face built on the library, never part of it");

  @ArchTest
  static final ArchRule only_the_rules_module_touches_drools_or_kie = noClasses()
      .that().resideOutsideOfPackage("org.amodel.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
      .because("Drools is an implementation detail of the rules module; the core's model and findings know nothing of it");

  @ArchTest
  static final ArchRule the_rule_file_api_stays_apart_from_loading_and_the_engine = noClasses()
      .that().resideInAPackage("org.amodel.rules.drl..")
      .should().dependOnClassesThat().resideInAnyPackage("org.amodel.rules.ruleset..", "org.amodel.rules.engine..")
      .because("what rule files see (params, findings, facts) must not reach into loading or swapping");

  @ArchTest
  static final ArchRule library_never_prints = noClasses()
      .should(ACCESS_STANDARD_STREAMS)
      .because("library code returns findings and logs through SLF4J; only the command-line tool writes to the console");

  @ArchTest
  static final ArchRule library_never_uses_java_util_logging = noClasses()
      .should(USE_JAVA_UTIL_LOGGING)
      .because("the library logs through SLF4J, so the embedding application chooses the binding");

  @ArchTest
  static final ArchRule loggers_are_private_static_final_slf4j_loggers = classes()
      .should(ArchitectureConditions.declareLoggersOnlyAsPrivateStaticFinalSlf4jLoggers())
      .because("one logger per class, named after it, neither shared nor replaced");
}
