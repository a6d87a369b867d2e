package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

/**
 * One rule file of a rule set as the DRL that was checked and compiled: {@code file} is the name shown
 * in messages ({@code rules/station.drl}, or {@code national-2018/rules/station.drl} for a file of a set
 * this one extends), {@code drl} the text (a {@code .dslr} file's sentences expanded, a decision table's
 * rows turned into rules).
 */
public record RuleFile(String file, String drl) {
  public RuleFile {
    requireNonNull(file, "file");
    requireNonNull(drl, "drl");
  }
}
