package org.amodel.core.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParameterKeysTest {
  @Test
  @DisplayName("Parameters.keys() lists every ParameterKey constant, and the seed sets a value for each")
  void keysListEveryConstant() throws IllegalAccessException {
    Set<String> constants = new java.util.TreeSet<>();
    for (Field f : Parameters.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ParameterKey.class) {
        constants.add(((ParameterKey<?>) f.get(null)).name());
      }
    }
    assertEquals(constants, new java.util.TreeSet<>(Parameters.keys().keySet()));
    assertEquals(constants, new java.util.TreeSet<>(Parameters.jinanShizhong2005().series().keySet()));
  }
}
