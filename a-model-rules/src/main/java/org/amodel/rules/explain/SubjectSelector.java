package org.amodel.rules.explain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.stream.Collectors;
import org.amodel.core.finding.Subject;
import org.amodel.core.finding.SubjectKind;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;
import org.amodel.rules.drl.StationMember;

/**
 * What a finding is about, as someone asking about it names it: a kind and an id ({@code
 * station:station-1}, {@code person:head}), in whichever post for a person.
 *
 * <pre>{@code
 * SubjectSelector s = SubjectSelector.parse("station:station-1");
 * }</pre>
 */
public record SubjectSelector(SubjectKind kind, String id) {
  /** The words {@link #parse} takes for each kind, besides the kind's own name. */
  public static final ImmutableMap<String, SubjectKind> WORDS = ImmutableMap.<String, SubjectKind>builder()
      .put("community", SubjectKind.COMMUNITY)
      .put("person", SubjectKind.PERSON)
      .put("party", SubjectKind.PARTY_ORGANISATION)
      .put("committee", SubjectKind.RESIDENTS_COMMITTEE)
      .put("station", SubjectKind.SERVICE_STATION)
      .put("assembly", SubjectKind.ASSEMBLY)
      .buildOrThrow();

  public SubjectSelector {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
  }

  /**
   * Returns the selector {@code kind:id}, the kind one of {@link #WORDS} or a {@link SubjectKind}'s name.
   *
   * @throws IllegalArgumentException if the text is not {@code kind:id} with a known kind
   */
  public static SubjectSelector parse(String text) {
    requireNonNull(text, "text");
    int colon = text.indexOf(':');
    checkArgument(colon > 0 && colon < text.length() - 1, "'%s' is not <kind>:<id>; the kinds are %s", text,
        String.join(", ", WORDS.keySet()));
    String word = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    SubjectKind kind = WORDS.get(word);
    if (kind == null) {
      for (SubjectKind k : SubjectKind.values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(word)) {
          kind = k;
        }
      }
    }
    checkArgument(kind != null, "'%s' is not a kind of subject; the kinds are %s", word,
        String.join(", ", WORDS.keySet()));
    return new SubjectSelector(kind, text.substring(colon + 1).strip());
  }

  /** Returns whether {@code subject} is the one selected (a person in any post). */
  public boolean matches(Subject subject) {
    return subject.kind() == kind && subject.id().equals(id);
  }

  /** Returns the ids of the things of this selector's kind in {@code community}. */
  public ImmutableList<String> idsIn(Community community) {
    return switch (kind) {
      case COMMUNITY -> ImmutableList.of(community.id());
      case PERSON -> community.people().stream().map(Person::id).collect(ImmutableList.toImmutableList());
      case PARTY_ORGANISATION -> community.partyOrganisations().stream().map(PartyOrganisation::id)
          .collect(ImmutableList.toImmutableList());
      case RESIDENTS_COMMITTEE -> community.residentsCommittees().stream().map(ResidentsCommittee::id)
          .collect(ImmutableList.toImmutableList());
      case SERVICE_STATION -> community.serviceStations().stream().map(ServiceStation::id)
          .collect(ImmutableList.toImmutableList());
      case ASSEMBLY -> community.assemblies().stream().map(RepresentativeAssembly::id)
          .collect(ImmutableList.toImmutableList());
    };
  }

  /** Returns whether {@code community} has the thing selected. */
  public boolean existsIn(Community community) {
    return idsIn(community).contains(id);
  }

  /**
   * Returns whether {@code fact} is about another thing of the selected kind than the one selected
   * (another station, a station member who is another person or in another station, another person's
   * seat or applicant record): what an explanation about the selected thing leaves out. Facts about
   * things of other kinds (the community, its committee for a person) are never left out.
   */
  boolean excludes(Object fact) {
    return switch (kind) {
      case COMMUNITY -> fact instanceof Community c && !c.id().equals(id);
      case PERSON -> fact instanceof StationMember m ? !m.person().id().equals(id)
          : fact instanceof Person p ? !p.id().equals(id)
          : fact instanceof ApplicantRecord a ? !a.personId().equals(id)
          : fact instanceof CommitteeSeat s ? !s.personId().equals(id)
          : fact instanceof StationAppointment a && !a.personId().equals(id);
      case PARTY_ORGANISATION -> fact instanceof PartyOrganisation p && !p.id().equals(id);
      case RESIDENTS_COMMITTEE -> fact instanceof ResidentsCommittee c && !c.id().equals(id);
      case SERVICE_STATION -> fact instanceof ServiceStation s ? !s.id().equals(id)
          : fact instanceof StationMember m && !m.station().id().equals(id);
      case ASSEMBLY -> fact instanceof RepresentativeAssembly a && !a.id().equals(id);
    };
  }

  @Override
  public String toString() {
    return WORDS.entrySet().stream().filter(e -> e.getValue() == kind).map(e -> e.getKey())
        .collect(Collectors.joining()) + ":" + id;
  }
}
