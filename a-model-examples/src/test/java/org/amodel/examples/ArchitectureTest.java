package org.amodel.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples' architecture: the command-line entry points are the only classes that write to the console. */
@AnalyzeClasses(packages = "org.amodel.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule only_the_command_line_tool_prints = noClasses()
      .that().doNotHaveFullyQualifiedName(GanshiqiaoPilot.class.getName())
      .and().doNotHaveFullyQualifiedName(org.amodel.examples.cli.Amodel.class.getName())
      .and().doNotHaveFullyQualifiedName(EmbeddingExample.class.getName())
      .should(ACCESS_STANDARD_STREAMS)
      .because("the pilot community and other examples are library-like code that callers print as they choose");

  @ArchTest
  static final ArchRule the_report_reads_data_not_the_generator = noClasses()
      .that().resideInAPackage("org.amodel.examples.report..")
      .should().dependOnClassesThat().resideInAPackage("org.amodel.examples.district..")
      .because("the seed report computes its figures from a district's data through the library's public API,"
          + " never from what the generator was told to make");
}
