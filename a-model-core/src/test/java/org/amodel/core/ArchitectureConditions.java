package org.amodel.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ArchUnit conditions and import options shared by the modules' architecture tests (shipped in
 * core's test-jar).
 */
public final class ArchitectureConditions {
  private ArchitectureConditions() {}

  private static final Set<String> LOGGER_TYPES = Set.of("org.slf4j.Logger", "java.util.logging.Logger",
      "java.lang.System$Logger", "org.apache.logging.log4j.Logger", "org.apache.log4j.Logger",
      "org.apache.commons.logging.Log");
  private static final Set<JavaModifier> PRIVATE_STATIC_FINAL =
      EnumSet.of(JavaModifier.PRIVATE, JavaModifier.STATIC, JavaModifier.FINAL);

  /**
   * Returns a condition that a class meets if every field typed as a logger (SLF4J,
   * java.util.logging, System.Logger, Log4j, Commons Logging) is a {@code private static final
   * org.slf4j.Logger}. A class without loggers meets it, so a rule built on it checks every class
   * and still fails on an empty import.
   */
  public static ArchCondition<JavaClass> declareLoggersOnlyAsPrivateStaticFinalSlf4jLoggers() {
    return new ArchCondition<>("declare loggers, if any, only as private static final org.slf4j.Logger fields") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaField field : javaClass.getFields()) {
          String type = field.getRawType().getName();
          if (LOGGER_TYPES.contains(type)
              && !(type.equals("org.slf4j.Logger") && field.getModifiers().containsAll(PRIVATE_STATIC_FINAL))) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + type
                + " with modifiers " + field.getModifiers() + "; declare it private static final org.slf4j.Logger"));
          }
        }
      }
    };
  }

  /**
   * Leaves out classes packaged in test-jars ({@code *-tests.jar}), which {@link
   * ImportOption.DoNotIncludeTests} does not recognise: the core's generators reach other modules that way.
   */
  public static final class DoNotIncludeTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_JAR);
    }
  }
}
