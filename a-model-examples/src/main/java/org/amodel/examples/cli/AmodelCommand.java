package org.amodel.examples.cli;

import java.util.concurrent.Callable;
import org.amodel.examples.GanshiqiaoPilot;
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
        "Without a command: the Ganshiqiao pilot community's findings. 不带命令:打印杆石桥试点社区的检查结果。"},
    subcommands = {ValidateCommand.class, TestCommand.class, CheckCommand.class, DiffCommand.class,
        ExplainCommand.class})
final class AmodelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GanshiqiaoPilot.print(spec.commandLine().getOut());
    return 0;
  }
}
