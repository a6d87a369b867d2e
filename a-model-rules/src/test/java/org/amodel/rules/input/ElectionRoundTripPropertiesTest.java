package org.amodel.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.RunOff;
import org.amodel.core.election.SeatPlan;
import org.amodel.core.generators.Elections;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.properties.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Writing an election and reading the text back gives an equal election, in both formats, on every
 * election the model admits ({@link Elections#any()}: run-offs, every kind of ballot and nomination).
 * Run with {@code -Damodel.examples=100000} for a longer search.
 */
@DisplayName("A written election reads back equal")
class ElectionRoundTripPropertiesTest {
  private static Election roundTrip(Election e, FileFormat format) {
    String text = ElectionFiles.write(e, format);
    return ElectionFiles.read(format == FileFormat.YAML ? "election.yaml" : "election.json", text);
  }

  private static void assertRoundTrips(Election e) {
    assertEquals(e, roundTrip(e, FileFormat.YAML), "through YAML");
    assertEquals(e, roundTrip(e, FileFormat.JSON), "through JSON");
  }

  @Test
  @DisplayName("generated elections, through YAML and through JSON")
  void anyElection() {
    Examples.qt().forAll(Elections.any()).checkAssert(ElectionRoundTripPropertiesTest::assertRoundTrips);
  }

  @Test
  @DisplayName("ballots are written as groups of equal ballots, in order, and ids that look like numbers stay text")
  void compactBallots() {
    Election e = Election.of("e-1", "007", LocalDate.of(2005, 9, 18), SeatPlan.of(1, 0, 2),
            ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 100,
            List.of(Candidate.of("p1", new Nomination.ByVoters(10)), Candidate.of("p2", new Nomination.Self()),
                Candidate.of("1e3", new Nomination.ByResidentsGroup("g1")),
                Candidate.of("p4", new Nomination.ByOrganisation("党委"))),
            90, List.of(Ballot.marking("p1", "p2"), Ballot.marking("p1", "p2"), Ballot.blank(), Ballot.unreadable(),
                Ballot.marking("p1", "p2")))
        .withRunOff(RunOff.of(LocalDate.of(2005, 9, 25), 80, List.of(Ballot.marking("1e3"))));
    String yaml = ElectionFiles.write(e, FileFormat.YAML);
    assertEquals(4, yaml.lines().filter(l -> l.contains("count:")).count() - 1, yaml);
    assertRoundTrips(e);
  }
}
