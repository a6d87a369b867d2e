package org.amodel.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  @DisplayName("insertions, deletions and substitutions count one each")
  void levenshtein() {
    assertEquals(0, EditDistance.of("", ""));
    assertEquals(3, EditDistance.of("", "abc"));
    assertEquals(3, EditDistance.of("abc", ""));
    assertEquals(1, EditDistance.of("COMMITEE_SIZE", "COMMITTEE_SIZE"));
    assertEquals(1, EditDistance.of("station", "statoon"));
    assertEquals(3, EditDistance.of("kitten", "sitting"));
  }

  @Test
  @DisplayName("a swap of neighbours is two edits, or one with swaps counted")
  void swaps() {
    assertEquals(2, EditDistance.of("STAITON", "STATION"));
    assertEquals(1, EditDistance.withSwaps("STAITON", "STATION"));
    assertEquals(EditDistance.of("kitten", "sitting"), EditDistance.withSwaps("kitten", "sitting"));
  }

  @Test
  @DisplayName("symmetric")
  void symmetric() {
    assertEquals(EditDistance.of("社区服务站", "服务站"), EditDistance.of("服务站", "社区服务站"));
    assertEquals(EditDistance.withSwaps("abdc", "abcd"), EditDistance.withSwaps("abcd", "abdc"));
  }
}
