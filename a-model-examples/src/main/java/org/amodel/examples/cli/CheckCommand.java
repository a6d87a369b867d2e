package org.amodel.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amodel.core.finding.Finding;
import org.amodel.core.model.Community;
import org.amodel.rules.engine.Evaluation;
import org.amodel.rules.input.CommunityFiles;
import org.amodel.rules.input.InputException;
import org.amodel.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amodel check --rule-set <id|folder> --as-of <date> <community file…>}: the findings on each
 * community, in Chinese and English, or as JSON with {@code --format json}. A file that cannot be read
 * is reported with its problems (file:line:col) and the others are still checked; exit 1 then.
 */
@Command(name = "check",
    description = {"Check communities (YAML or JSON files, see docs/input-format.md) against a rule set.",
        "按规则集检查社区文件(YAML 或 JSON,格式见 docs/input-format.md)。"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file checked 全部已检查", "1:a file or the rule set has problems 文件或规则集有误",
        "2:wrong command line 命令行有误"})
final class CheckCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;

  @Option(names = "--rule-set", required = true, paramLabel = "<id|folder>",
      description = "a bundled rule set's id (e.g. jinan-shizhong-2005) or a rule set folder")
  String ruleSet;

  @Option(names = "--as-of", required = true, paramLabel = "<YYYY-MM-DD>", description = "the date to check as of")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "<text|json>",
      description = "text for people (default), json for programs")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "<community file>", description = "community files (.yaml, .yml, .json)")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RuleSet> loaded = RuleSets.loadOrReport(ruleSet, err);
    if (loaded.isEmpty()) {
      return 1;
    }
    RuleSet set = loaded.get();
    boolean allRead = true;
    List<Map<String, Object>> results = new ArrayList<>();
    Progress progress = Progress.on(err, files.size(), "checking / 检查");
    for (Path file : files) {
      Community community;
      try {
        community = CommunityFiles.read(file);
      } catch (InputException e) {
        allRead = false;
        progress.clear();
        e.problems().forEach(err::println);
        progress.step();
        continue;
      }
      Evaluation e = set.evaluate(community, asOf);
      progress.clear();
      if (format == Format.JSON) {
        results.add(json(file, community, e));
      } else {
        text(out, file, community, e);
      }
      progress.step();
    }
    progress.done();
    if (format == Format.JSON) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
    }
    return allRead ? 0 : 1;
  }

  private void text(PrintWriter out, Path file, Community c, Evaluation e) {
    out.println(file + ": " + c.name() + " (" + c.id() + "), " + e.ruleSetId() + " " + e.ruleSetVersion()
        + ", 截至 as of " + e.asOf() + ": " + e.findings().size() + (e.findings().size() == 1 ? " finding" : " findings"));
    for (Finding f : e.findings()) {
      Findings.print(f, out);
    }
    out.println();
  }

  private static Map<String, Object> json(Path file, Community c, Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("community", c.id());
    m.put("asOf", e.asOf().toString());
    m.put("ruleSet", e.ruleSetId());
    m.put("ruleSetVersion", e.ruleSetVersion());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : e.findings()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", f.ruleId().value());
      x.put("severity", f.severity().name());
      Map<String, Object> subject = new LinkedHashMap<>();
      subject.put("community", f.subject().communityId());
      subject.put("kind", f.subject().kind().name());
      subject.put("id", f.subject().id());
      f.subject().post().ifPresent(p -> subject.put("post", p.name()));
      x.put("subject", subject);
      x.put("messageZh", f.messageZh());
      x.put("messageEn", f.messageEn());
      x.put("basis", f.basis());
      findings.add(x);
    }
    m.put("findings", findings);
    return m;
  }
}
