package org.amodel.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.SubdistrictOffice;
import org.amodel.examples.district.SyntheticDistrict.Options;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticDistrictShapeTest {

  @Test
  @DisplayName("66 communities as in the seed: 9 subdistricts, Ganshiqiao first with 8 pilots electing in May 2005")
  void seedSizedDistrict() {
    SyntheticDistrict generated = SyntheticDistrict.generate(Options.of(66, 2005L));
    List<Community> communities = generated.district().communities();

    assertEquals(66, communities.size());
    assertEquals(9, generated.district().subdistrictOffices().size());
    SubdistrictOffice ganshiqiao = generated.district().subdistrictOffices().get(0);
    assertEquals("杆石桥街道办事处", ganshiqiao.name());
    assertEquals(8, generated.pilotCommunityIds().size());
    for (Community c : communities) {
      LocalDate elected = c.residentsCommittees().get(0).term().start();
      if (generated.pilotCommunityIds().contains(c.id())) {
        assertEquals(ganshiqiao, c.subdistrictOffice(), c.id());
        assertEquals(5, elected.getMonthValue(), c.id() + " elected " + elected);
      } else {
        assertEquals(9, elected.getMonthValue(), c.id() + " elected " + elected);
      }
    }
    Map<SubdistrictOffice, Long> perOffice = communities.stream()
        .collect(Collectors.groupingBy(Community::subdistrictOffice, Collectors.counting()));
    perOffice.forEach((office, n) -> assertTrue(n >= 7 && n <= 8, office.id() + ": " + n));
  }

  @Test
  @DisplayName("household bounds, subdistricts and reform dates are honoured")
  void optionsHonoured() {
    Options options = Options.of(120, 3L)
        .withHouseholds(150, 300)
        .withSubdistricts(4)
        .withReform(LocalDate.of(2005, 6, 1), LocalDate.of(2005, 8, 1), 5)
        .withAsOf(LocalDate.of(2005, 10, 31));
    SyntheticDistrict generated = SyntheticDistrict.generate(options);

    assertEquals(120, generated.district().communities().size());
    assertEquals(4, generated.district().subdistrictOffices().size());
    assertEquals(5, generated.pilotCommunityIds().size());
    for (Community c : generated.district().communities()) {
      int households = c.households().size();
      if (generated.flaws().get(c.id()).contains(Flaw.COMMUNITY_HOUSEHOLDS)) {
        assertTrue(households < 150 || households > 300, c.id() + ": " + households);
      } else {
        assertTrue(households >= 150 && households <= 300, c.id() + ": " + households);
      }
      LocalDate elected = c.residentsCommittees().get(0).term().start();
      LocalDate start = generated.pilotCommunityIds().contains(c.id()) ? LocalDate.of(2005, 6, 1)
          : LocalDate.of(2005, 8, 1);
      assertTrue(!elected.isBefore(start) && elected.isBefore(start.plusDays(28)), c.id() + " elected " + elected);
      c.serviceStations().forEach(s -> s.appointments().forEach(a ->
          assertFalse(a.term().start().isAfter(options.asOf()), c.id() + " appointed " + a.term().start())));
    }
  }

  @Test
  @DisplayName("every community is complete: households with representatives, the three organisations, an assembly, matters")
  void everyCommunityComplete() {
    SyntheticDistrict generated = SyntheticDistrict.generate(Options.of(200, 11L));

    for (Community c : generated.district().communities()) {
      Map<String, Person> people = c.peopleById();
      assertEquals(1, c.partyOrganisations().size(), c.id());
      assertTrue(c.partyOrganisations().get(0).gridBranches().size() >= 2, c.id());
      c.partyOrganisations().get(0).gridBranches().forEach(g ->
          assertTrue(people.get(g.secretaryId()).partyMembership().isPresent(), c.id() + " grid " + g.id()));
      assertEquals(1, c.residentsCommittees().size(), c.id());
      assertEquals(generated.flaws().get(c.id()).contains(Flaw.STRUCTURE_TRINITY) ? 0 : 1,
          c.serviceStations().size(), c.id());
      assertEquals(1, c.recruitments().size(), c.id());
      assertTrue(c.recruitments().get(0).applicants().size() > c.serviceStations().stream()
          .mapToInt(s -> s.size()).sum(), c.id() + ": some applicants were not appointed");
      assertEquals(1, c.assemblies().size(), c.id());
      RepresentativeAssembly assembly = c.assemblies().get(0);
      assertTrue(assembly.count(RepresentativeCategory.UNIT) >= 2, c.id());
      assertTrue(c.matters().size() >= 3, c.id());
      for (Household h : c.households()) {
        assertTrue(people.get(h.representativeId()).ageOn(generated.options().asOf()) >= 18, h.id());
      }
      assertEquals(c.people().stream().map(Person::id).distinct().count(), c.people().size());
      c.people().forEach(p -> assertTrue(p.id().startsWith(c.id() + "-"), p.id()));
    }
  }
}
