package org.amodel.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: its subcommands are the tools for people who edit rule sets. */
@Command(name = "amodel",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "a-model: check communities against a district's rule set; validate, test and compare rule sets.",
        "a-model:按区的规则集检查社区;校验、测试、比较规则集。",
        "",
        "Without a command: the seed district's report (amodel report). 不带命令:打印种子报告中的区的报告。"},
    subcommands = {ReportCommand.class, PilotCommand.class, ValidateCommand.class, TestCommand.class,
        CheckCommand.class, DiffCommand.class, ExplainCommand.class})
final class AmodelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("report").execute(); // with the report's own defaults
  }
}
