package org.amodel.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's architecture: pure Java and Guava, no engine, no logging binding, no printing. Only
 * main classes are imported; every rule fails if the import is empty.
 */
@AnalyzeClasses(packages = "org.amodel.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_guava_and_itself = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "com.google.common..", "com.google.errorprone..", "org.amodel.core..")
      .because("an application that needs no rule editing embeds the core with nothing but Guava on its classpath");

  @ArchTest
  static final ArchRule core_should_not_depend_on_drools_kie_slf4j_rules_or_examples = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.drools..", "org.kie..", "org.slf4j..", "org.amodel.rules..", "org.amodel.examples..")
      .because("the core is the bottom layer: the rules module and the examples build on it, never the reverse");

  @ArchTest
  static final ArchRule core_never_prints = noClasses()
      .should(ACCESS_STANDARD_STREAMS)
      .because("library code returns findings and throws exceptions; only the command-line tool writes to the console");

  @ArchTest
  static final ArchRule core_never_uses_java_util_logging = noClasses()
      .should(USE_JAVA_UTIL_LOGGING)
      .because("the project logs through SLF4J, where it logs at all");

  @ArchTest
  static final ArchRule loggers_are_private_static_final_slf4j_loggers = classes()
      .should(ArchitectureConditions.declareLoggersOnlyAsPrivateStaticFinalSlf4jLoggers())
      .because("one logger per class, named after it, neither shared nor replaced");
}
