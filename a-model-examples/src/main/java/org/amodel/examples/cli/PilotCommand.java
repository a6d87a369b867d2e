package org.amodel.examples.cli;

import java.util.concurrent.Callable;
import org.amodel.examples.GanshiqiaoPilot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amodel pilot}: one community of the Ganshiqiao pilot, its findings and where its matters go. */
@Command(name = "pilot",
    description = {"One Ganshiqiao pilot community: its findings and where its matters go.",
        "杆石桥试点的一个社区:检查结果和事项的去向。"})
final class PilotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GanshiqiaoPilot.print(spec.commandLine().getOut());
    return 0;
  }
}
