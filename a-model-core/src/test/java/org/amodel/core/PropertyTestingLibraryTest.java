package org.amodel.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project's property tests use QuickTheories. jqwik is not used: its maintainer asks automated
 * coding agents not to use it, and this project honours that.
 */
class PropertyTestingLibraryTest {
  @Test
  @DisplayName("QuickTheories is the property-testing library on the test classpath, and jqwik is not there")
  void quickTheoriesNotJqwik() {
    assertDoesNotThrow(() -> Class.forName("org.quicktheories.QuickTheory"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName(String.join(".", "net", "jqwik", "api", "Arbitrary")));
  }
}
