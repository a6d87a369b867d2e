package org.amodel.rules.input;

import java.util.Locale;
import java.util.Optional;

/** The formats of a community file; both hold the same fields in the same shape. */
public enum FileFormat {
  /** YAML, in files ending {@code .yaml} or {@code .yml}: what policy staff write. */
  YAML,
  /** JSON, in files ending {@code .json}: what other systems exchange. */
  JSON;

  /** Returns the format that a file's name ends in ({@code .yaml}, {@code .yml}, {@code .json}, any case), if any. */
  public static Optional<FileFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    } else if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
