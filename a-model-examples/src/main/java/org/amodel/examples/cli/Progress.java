package org.amodel.examples.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on the error stream, for long runs at a terminal. Silent when the
 * command's output is not a terminal (piped, redirected, or in tests), so output stays clean.
 */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final String what;
  private final boolean shown;
  private int done;
  private long lastShown;

  private Progress(PrintWriter err, int total, String what, boolean shown) {
    this.err = err;
    this.total = total;
    this.what = what;
    this.shown = shown;
  }

  /** Returns a progress count of {@code total} steps, shown only on a terminal and for more than a few steps. */
  static Progress on(PrintWriter err, int total, String what) {
    return new Progress(err, total, what, System.console() != null && total > 20);
  }

  /** Counts one step done, showing the count at most ten times a second. */
  void step() {
    done++;
    long now = System.nanoTime();
    if (shown && (now - lastShown > 100_000_000L || done == total)) {
      lastShown = now;
      err.print("\r" + what + " " + done + "/" + total);
      err.flush();
    }
  }

  /** Clears the progress line, before other output goes to the terminal. */
  void clear() {
    if (shown && done > 0) {
      err.print("\r" + " ".repeat(what.length() + 24) + "\r");
      err.flush();
    }
  }

  /** Ends the count. */
  void done() {
    clear();
  }
}
