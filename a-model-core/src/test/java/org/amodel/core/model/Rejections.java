package org.amodel.core.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that building something throws, with a message naming what was wrong. */
final class Rejections {
  private Rejections() {}

  /** Asserts {@code build} throws {@link IllegalArgumentException} whose message contains every part. */
  static IllegalArgumentException assertIllegal(Executable build, String... parts) {
    return assertMentions(assertThrows(IllegalArgumentException.class, build), parts);
  }

  /** Asserts {@code build} throws {@link NullPointerException} whose message contains every part. */
  static NullPointerException assertNull(Executable build, String... parts) {
    return assertMentions(assertThrows(NullPointerException.class, build), parts);
  }

  private static <E extends RuntimeException> E assertMentions(E e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage() != null && e.getMessage().contains(part),
          () -> "message '" + e.getMessage() + "' should mention '" + part + "'");
    }
    return e;
  }
}
