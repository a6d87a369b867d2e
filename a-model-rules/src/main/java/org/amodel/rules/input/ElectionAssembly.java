package org.amodel.rules.input;

import static org.amodel.rules.input.Paths.field;
import static org.amodel.rules.input.Paths.item;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.RunOff;
import org.amodel.core.election.SeatPlan;
import org.amodel.rules.input.ElectionEntries.BallotsEntry;
import org.amodel.rules.input.ElectionEntries.CandidateEntry;
import org.amodel.rules.input.ElectionEntries.ElectionEntry;
import org.amodel.rules.input.ElectionEntries.NominationEntry;
import org.amodel.rules.input.ElectionEntries.RunOffEntry;
import org.amodel.rules.input.ElectionEntries.SeatsEntry;

/**
 * Builds an {@link Election} from bound entries, reporting every missing field, every count out of
 * range, every candidate listed twice, every nomination or ballot group that is not exactly one
 * thing, and a run-off dated before the election, each where it is written.
 */
final class ElectionAssembly extends Assembling {

  ElectionAssembly(Reading in) {
    super(in);
  }

  @Override
  Class<?> entryType(String name) {
    return switch (name) {
      case "seats" -> SeatsEntry.class;
      case "nomination" -> NominationEntry.class;
      default -> Object.class;
    };
  }

  /** Returns the election, or null if any problem was reported while reading or building it. */
  Election election(ElectionEntry e) {
    String at = "";
    String id = text(e.id, at, "id");
    String community = text(e.community, at, "community");
    LocalDate date = required(e.date, at, "date", DATE);
    SeatPlan seats = object(e.seats, at, "seats", this::seats);
    var electorate = required(e.electorate, at, "electorate",
        "an electorate: HOUSEHOLD_REPRESENTATIVES (户代表), INDIVIDUAL_VOTERS (选民) or RESIDENTS_REPRESENTATIVES (居民代表)");
    Integer registered = count(e.registered, at, "registered", 1, true);
    List<Candidate> candidates = list(e.candidates, "candidates", this::candidate);
    uniqueCandidates(e.candidates);
    Integer issued = count(e.ballotsIssued, at, "ballotsIssued", 0, true);
    List<Ballot> ballots = ballots(e.ballots, "ballots");
    Optional<RunOff> runOff = optionalObject(e.runOff, at, "runOff", this::runOff);
    if (date != null && runOff.isPresent() && runOff.get().date().isBefore(date)) {
      in.reportValue("runOff.date", "runOff.date: the run-off on " + runOff.get().date()
          + " is before the election on " + date + "; a run-off follows the first vote");
    }
    if (in.problemCount() > 0) {
      return null;
    }
    return build(at, () -> new Election(id, community, date, seats, electorate, registered,
        ImmutableList.copyOf(candidates), issued, ImmutableList.copyOf(ballots), runOff));
  }

  private SeatPlan seats(SeatsEntry e, String at) {
    int mark = in.problemCount();
    Integer chairs = count(e.chairs, at, "chairs", 0, false);
    Integer viceChairs = count(e.viceChairs, at, "viceChairs", 0, false);
    Integer members = count(e.members, at, "members", 0, false);
    if (in.problemCount() > mark) {
      return null;
    }
    int c = chairs == null ? 0 : chairs;
    int v = viceChairs == null ? 0 : viceChairs;
    int m = members == null ? 0 : members;
    if (c + v + m == 0) {
      in.reportValue(at, at + ": an election fills at least one seat; give chairs, viceChairs and members");
      return null;
    }
    return build(at, () -> SeatPlan.of(c, v, m));
  }

  private Candidate candidate(CandidateEntry e, String at) {
    int mark = in.problemCount();
    String person = text(e.person, at, "person");
    Nomination nomination = object(e.nomination, at, "nomination", this::nomination);
    return in.problemCount() > mark ? null : build(at, () -> Candidate.of(person, nomination));
  }

  private void uniqueCandidates(List<CandidateEntry> entries) {
    Map<String, String> first = new HashMap<>();
    each(entries, "candidates", (entry, at) -> {
      if (entry.person == null || entry.person.isBlank()) {
        return;
      }
      String before = first.putIfAbsent(entry.person, at);
      if (before != null) {
        String pat = field(at, "person");
        in.reportValue(pat, pat + ": '" + entry.person + "' is already " + before + "; list each candidate once");
      }
    });
  }

  private Nomination nomination(NominationEntry e, String at) {
    List<String> given = new ArrayList<>();
    if (e.voters != null) {
      given.add("voters");
    }
    if (e.residentsGroup != null) {
      given.add("residentsGroup");
    }
    if (e.organisation != null) {
      given.add("organisation");
    }
    if (e.self != null) {
      given.add("self");
    }
    if (given.size() != 1) {
      if (!in.reportedWithin(at)) {
        in.reportValue(at, at + ": a nomination gives exactly one of voters (how many signed), residentsGroup,"
            + " organisation or self: true" + (given.isEmpty() ? "" : "; this gives " + String.join(", ", given)));
      }
      return null;
    }
    int mark = in.problemCount();
    Nomination n;
    if (e.voters != null) {
      Integer signatures = count(e.voters, at, "voters", 1, true);
      n = signatures == null ? null : new Nomination.ByVoters(signatures);
    } else if (e.residentsGroup != null) {
      String group = text(e.residentsGroup, at, "residentsGroup");
      n = group == null ? null : new Nomination.ByResidentsGroup(group);
    } else if (e.organisation != null) {
      String organisation = text(e.organisation, at, "organisation");
      n = organisation == null ? null : new Nomination.ByOrganisation(organisation);
    } else if (e.self) {
      n = new Nomination.Self();
    } else {
      in.reportValue(field(at, "self"), field(at, "self") + ": write 'self: true' for a self-nominated candidate,"
          + " or another kind of nomination");
      n = null;
    }
    return in.problemCount() > mark ? null : n;
  }

  private RunOff runOff(RunOffEntry e, String at) {
    int mark = in.problemCount();
    LocalDate date = required(e.date, at, "date", DATE);
    Integer issued = count(e.ballotsIssued, at, "ballotsIssued", 0, true);
    List<Ballot> ballots = ballots(e.ballots, field(at, "ballots"));
    return in.problemCount() > mark ? null : build(at, () -> RunOff.of(date, issued, ballots));
  }

  /** Returns the ballots of the groups in {@code entries}, each group's ballots {@code count} times, in order. */
  private List<Ballot> ballots(List<BallotsEntry> entries, String list) {
    List<Ballot> out = new ArrayList<>();
    for (List<Ballot> group : list(entries, list, this::group)) {
      out.addAll(group);
    }
    return out;
  }

  private List<Ballot> group(BallotsEntry e, String at) {
    int mark = in.problemCount();
    List<String> given = new ArrayList<>();
    if (e.marks != null) {
      given.add("marks");
    }
    if (e.blank != null) {
      given.add("blank");
    }
    if (e.unreadable != null) {
      given.add("unreadable");
    }
    Integer count = e.count == null ? Integer.valueOf(1) : count(e.count, at, "count", 1, false);
    if (given.size() != 1) {
      if (!in.reportedWithin(at)) {
        in.reportValue(at, at + ": a group of ballots gives exactly one of marks (the candidates marked),"
            + " blank: true or unreadable: true, and how many with count"
            + (given.isEmpty() ? "" : "; this gives " + String.join(", ", given)));
      }
      return null;
    }
    Ballot ballot = null;
    if (e.marks != null) {
      List<String> marks = new ArrayList<>();
      for (int i = 0; i < e.marks.size(); i++) {
        String m = e.marks.get(i);
        String mat = item(field(at, "marks"), i);
        if (m == null || m.isBlank()) {
          in.reportValue(mat, mat + " is empty; remove it or write the person id marked");
        } else if (marks.contains(m)) {
          in.reportValue(mat, mat + ": '" + m + "' is marked twice on one ballot; mark each candidate once");
        } else {
          marks.add(m);
        }
      }
      if (e.marks.isEmpty()) {
        in.reportValue(field(at, "marks"), field(at, "marks") + " is empty; write 'blank: true' for ballots"
            + " returned without a mark");
      }
      if (in.problemCount() == mark) {
        ballot = Ballot.marking(com.google.common.collect.ImmutableSet.copyOf(marks));
      }
    } else {
      boolean yes = e.blank != null ? e.blank : e.unreadable;
      String name = e.blank != null ? "blank" : "unreadable";
      if (!yes) {
        in.reportValue(field(at, name), field(at, name) + ": write '" + name + ": true', or give the ballots'"
            + " marks instead");
      } else {
        ballot = e.blank != null ? Ballot.blank() : Ballot.unreadable();
      }
    }
    if (in.problemCount() > mark || ballot == null || count == null) {
      return null;
    }
    List<Ballot> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(ballot);
    }
    return out;
  }
}
