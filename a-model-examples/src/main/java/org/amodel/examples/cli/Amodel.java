package org.amodel.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.amodel.examples.GanshiqiaoPilot;
import picocli.CommandLine;

/**
 * The {@code amodel} command: {@code java -jar amodel.jar <command> …}. With no command it prints the
 * Ganshiqiao pilot's findings; {@code amodel --help} lists the commands.
 *
 * <p>The one place, with {@link org.amodel.examples.GanshiqiaoPilot}, that touches the console: the
 * commands write to the {@link PrintWriter}s picocli gives them, so tests run them on strings.
 */
public final class Amodel {
  private Amodel() {}

  public static void main(String[] args) {
    Charset charset = GanshiqiaoPilot.consoleCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Returns the {@code amodel} command line writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new AmodelCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
