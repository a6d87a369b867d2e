package org.amodel.examples.cli;

import java.io.PrintWriter;
import org.amodel.core.finding.Finding;

/** How the commands print a finding for people: severity, rule, subject, both messages and the basis. */
final class Findings {
  private Findings() {}

  static void print(Finding f, PrintWriter out) {
    out.println("[" + f.severity() + "] " + f.ruleId() + " " + f.subject());
    out.println("  中文: " + f.messageZh());
    out.println("  English: " + f.messageEn());
    out.println("  依据 Basis: " + f.basis());
  }
}
