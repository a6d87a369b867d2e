package org.amodel.rules.drl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.Person;

/**
 * A fact for rule files: the community's people by id, and who lives in its households. Rules reach
 * a person through it rather than matching every {@link Person} of the community, which would put a
 * community's hundreds of residents into every evaluation:
 *
 * <pre>
 * $people : People()
 * $p : Person( partyStatusOn(params.asOf()) == PartyStatus.FULL ) from $people.get($secretaryId)
 * </pre>
 */
public final class People {
  private final ImmutableMap<String, Person> byId;
  private final ImmutableSet<String> householdMembers;

  private People(ImmutableMap<String, Person> byId, ImmutableSet<String> householdMembers) {
    this.byId = byId;
    this.householdMembers = householdMembers;
  }

  /** Returns the people of {@code community}. */
  public static People of(Community community) {
    return new People(community.peopleById(), community.households().stream()
        .flatMap(h -> h.memberIds().stream()).collect(ImmutableSet.toImmutableSet()));
  }

  /** Returns the person {@code id}, or null if the community does not know them. */
  public Person get(String id) {
    return byId.get(id);
  }

  /** Returns true if {@code personId} belongs to one of the community's {@link Household}s. */
  public boolean livesHere(String personId) {
    return householdMembers.contains(personId);
  }

  /** Returns everyone the community knows, for the rare rule about people in general. */
  public ImmutableList<Person> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "People (" + byId.size() + ")";
  }
}
