package org.amodel.core.model;

import static org.amodel.core.model.Rejections.assertIllegal;
import static org.amodel.core.model.Rejections.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A household")
class HouseholdTest {

  @Test
  @DisplayName("is represented by one of its members")
  void representativeIsMember() {
    Household h = Household.of("hh-1", "杆石桥小区1号楼1单元", "p1", Set.of("p1", "p2"));
    assertEquals("p1", h.representativeId());
    assertEquals(Set.of("p1", "p2"), h.memberIds());
  }

  @Test
  @DisplayName("whose representative is not a member is rejected, naming the representative and household")
  void representativeNotMemberRejected() {
    assertIllegal(() -> Household.of("hh-1", "杆石桥小区1号楼1单元", "p9", Set.of("p1", "p2")),
        "representativeId p9 of household hh-1 is not among its memberIds");
  }

  @Test
  @DisplayName("rejects a blank address and a null representative, naming the field")
  void badFieldsRejected() {
    assertIllegal(() -> Household.of("hh-1", " ", "p1", Set.of("p1")), "address must not be blank");
    assertNull(() -> Household.of("hh-1", "杆石桥小区1号楼1单元", null, Set.of("p1")), "representativeId");
  }

  @Test
  @DisplayName("keeps its own copy of the members")
  void copiesMembers() {
    Set<String> members = new HashSet<>(Set.of("p1"));
    Household h = Household.of("hh-1", "杆石桥小区1号楼1单元", "p1", members);
    members.add("p2");
    assertEquals(Set.of("p1"), h.memberIds());
  }
}
