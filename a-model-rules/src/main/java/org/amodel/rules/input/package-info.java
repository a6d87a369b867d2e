/**
 * Communities read from and written to YAML or JSON files, for policy staff's scenarios and the
 * {@code amodel} tool: {@link org.amodel.rules.input.CommunityFiles} reads a file into a
 * {@link org.amodel.core.model.Community}, reporting every mistake as an
 * {@link org.amodel.rules.input.InputProblem} ({@code file:line:col: message}), and writes a
 * community back so that reading the text gives an equal community. The format is described in
 * {@code docs/input-format.md}.
 */
package org.amodel.rules.input;
