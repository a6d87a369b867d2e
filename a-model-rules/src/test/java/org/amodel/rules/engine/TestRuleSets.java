package org.amodel.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small rule set folders written for engine tests: one households rule whose bound each version sets. */
final class TestRuleSets {
  private TestRuleSets() {}

  static final String ID = "test-households";
  static final String DISTRICT = "test-district";

  /** Writes a rule set folder {@code parent/test-households} of {@code version} with the given minimum. */
  static Path write(Path parent, String version, int householdsMin, String extraDrl) {
    Path folder = parent.resolve(version).resolve(ID);
    write(folder.resolve("ruleset.yaml"), """
        id: test-households
        version: %s
        name:
          zh: 测试规则集
          en: test rule set
        district: test-district
        effective:
          from: 2005-01-01
        sources:
          - "a test"
        """.formatted(version));
    write(folder.resolve("parameters.yaml"), """
        community.households.min:
          - from: 1990-01-01
            value: %d
            source: "test value %s"
        """.formatted(householdsMin, version));
    write(folder.resolve("rules/households.drl"), """
        package test_households;

        import org.amodel.core.model.*;
        import org.amodel.rules.drl.*;

        global RuleParameters params;
        global FindingCollector findings;

        rule "Too few households"
          @id(COMMUNITY_HOUSEHOLDS)
          @severity(WARNING)
          @basis("test")
        when
          $c : Community( params.has("community.households.min"),
                          households.size() < params.integer("community.households.min") )
        then
          findings.community(drools, "户数" + $c.households().size(), $c.households().size() + " households");
        end
        """ + extraDrl);
    return folder;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
