package org.amodel.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.engine.RuleEngine;
import org.amodel.rules.input.CommunityFiles;

/**
 * The program a developer copies to embed a-model: load the engine with the bundled rule sets, read
 * a community file, evaluate it as of a date by its district's rules and print the findings. The
 * README shows the body of {@code main} verbatim ({@code ReadmeExampleTest} keeps them equal).
 *
 * <pre>
 * java -cp a-model-examples/target/amodel.jar org.amodel.examples.EmbeddingExample docs/examples/luoyuan.yaml
 * </pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    // README example begins
    RuleEngine engine = RuleEngine.withBundledRuleSets();          // one per application: thread-safe
    Community community = CommunityFiles.read(Path.of(args[0]));   // YAML or JSON, docs/input-format.md
    Evaluation evaluation = engine.evaluate("jinan-shizhong", community, LocalDate.of(2005, 12, 1));
    for (Finding f : evaluation.findings()) {
      System.out.println(f.severity() + " " + f.ruleId() + " " + f.subject() + ": " + f.messageEn());
    }
    // README example ends
  }
}
