/**
 * Communities and elections read from and written to YAML or JSON files, for policy staff's scenarios
 * and the {@code amodel} tool: {@link org.amodel.rules.input.CommunityFiles} reads a file into a
 * {@link org.amodel.core.model.Community} and {@link org.amodel.rules.input.ElectionFiles} into an
 * {@link org.amodel.core.election.Election}, each reporting every mistake as an
 * {@link org.amodel.rules.input.InputProblem} ({@code file:line:col: message}), and writing back so
 * that reading the text gives an equal value. The formats are described in
 * {@code docs/input-format.md} and {@code docs/election-files.md}.
 */
package org.amodel.rules.input;
