package org.amodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs {@code amodel} in the test's JVM and keeps what it printed and its exit code. */
record Cli(int exitCode, String out, String err) {
  /** The bundled rule sets' folders in the source tree, as policy staff would copy them. */
  static final Path BUNDLED = Path.of("..", "a-model-rules", "src", "main", "resources", "org", "amodel", "rules", "sets");

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Amodel.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Copies the bundled rule set {@code id} into {@code target} and returns the copy's folder. */
  static Path copyBundled(String id, Path target) {
    Path from = BUNDLED.resolve(id);
    Path to = target.resolve(id);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
