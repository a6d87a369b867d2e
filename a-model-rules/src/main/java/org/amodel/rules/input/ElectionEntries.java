package org.amodel.rules.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amodel.core.election.Ballot;
import org.amodel.core.election.Candidate;
import org.amodel.core.election.Election;
import org.amodel.core.election.Nomination;
import org.amodel.core.election.RunOff;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.ElectorateKind;

/**
 * The shape of an election file, one class per mapping, as Jackson binds it: every field may be
 * absent (null) so that each missing one can be reported with its place, declared in the order the
 * writer puts them. {@link ElectionAssembly} turns entries into the model; {@link #from} turns the
 * model into entries, ballots grouped as they come: each run of equal ballots is one group.
 */
final class ElectionEntries {
  private ElectionEntries() {}

  /** What each kind of mapping is called in messages, or null if it is not one of an election file. */
  static String noun(Class<?> type) {
    if (type == ElectionEntry.class) {
      return "an election";
    } else if (type == SeatsEntry.class) {
      return "a seat plan";
    } else if (type == CandidateEntry.class) {
      return "a candidate";
    } else if (type == NominationEntry.class) {
      return "a nomination";
    } else if (type == BallotsEntry.class) {
      return "a group of ballots";
    } else if (type == RunOffEntry.class) {
      return "a run-off";
    }
    return null;
  }

  static final class ElectionEntry {
    String id;
    String community;
    LocalDate date;
    SeatsEntry seats;
    ElectorateKind electorate;
    Integer registered;
    List<CandidateEntry> candidates;
    Integer ballotsIssued;
    List<BallotsEntry> ballots;
    RunOffEntry runOff;
  }

  static final class SeatsEntry {
    Integer chairs;
    Integer viceChairs;
    Integer members;
  }

  static final class CandidateEntry {
    String person;
    NominationEntry nomination;
  }

  /** Exactly one of the fields: signatures of voters, a residents' group, an organisation, or self. */
  static final class NominationEntry {
    Integer voters;
    String residentsGroup;
    String organisation;
    Boolean self;
  }

  /** {@code count} equal ballots: marking {@code marks}, or blank, or unreadable. */
  static final class BallotsEntry {
    List<String> marks;
    Boolean blank;
    Boolean unreadable;
    Integer count;
  }

  static final class RunOffEntry {
    LocalDate date;
    Integer ballotsIssued;
    List<BallotsEntry> ballots;
  }

  /** Returns the entries of {@code e}: every value the model holds, empty lists and absent optionals as null. */
  static ElectionEntry from(Election e) {
    ElectionEntry out = new ElectionEntry();
    out.id = e.id();
    out.community = e.communityId();
    out.date = e.date();
    out.seats = new SeatsEntry();
    out.seats.chairs = e.seats().seats(CommitteePost.CHAIR);
    out.seats.viceChairs = e.seats().seats(CommitteePost.VICE_CHAIR);
    out.seats.members = e.seats().seats(CommitteePost.MEMBER);
    out.electorate = e.electorateKind();
    out.registered = e.registeredElectorate();
    out.candidates = e.candidates().isEmpty() ? null : e.candidates().stream().map(ElectionEntries::candidate).toList();
    out.ballotsIssued = e.ballotsIssued();
    out.ballots = groups(e.ballots());
    out.runOff = e.runOff().map(ElectionEntries::runOff).orElse(null);
    return out;
  }

  private static CandidateEntry candidate(Candidate c) {
    CandidateEntry out = new CandidateEntry();
    out.person = c.personId();
    out.nomination = new NominationEntry();
    Nomination n = c.nomination();
    if (n instanceof Nomination.ByVoters v) {
      out.nomination.voters = v.signatures();
    } else if (n instanceof Nomination.ByResidentsGroup g) {
      out.nomination.residentsGroup = g.groupId();
    } else if (n instanceof Nomination.ByOrganisation o) {
      out.nomination.organisation = o.organisationId();
    } else {
      out.nomination.self = true;
    }
    return out;
  }

  private static RunOffEntry runOff(RunOff r) {
    RunOffEntry out = new RunOffEntry();
    out.date = r.date();
    out.ballotsIssued = r.ballotsIssued();
    out.ballots = groups(r.ballots());
    return out;
  }

  /** Returns {@code ballots} as groups, each run of equal ballots one group, in order; null if none. */
  private static List<BallotsEntry> groups(List<Ballot> ballots) {
    if (ballots.isEmpty()) {
      return null;
    }
    List<BallotsEntry> out = new ArrayList<>();
    Ballot last = null;
    BallotsEntry group = null;
    for (Ballot b : ballots) {
      if (group != null && b.equals(last) && List.copyOf(b.marks()).equals(List.copyOf(last.marks()))) {
        group.count++;
        continue;
      }
      group = new BallotsEntry();
      if (b instanceof Ballot.Marked m) {
        group.marks = List.copyOf(m.personIds());
      } else if (b instanceof Ballot.Blank) {
        group.blank = true;
      } else {
        group.unreadable = true;
      }
      group.count = 1;
      out.add(group);
      last = b;
    }
    return out;
  }
}
