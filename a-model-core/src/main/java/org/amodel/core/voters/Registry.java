package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registrations of a district's voters across its communities, at most one per person
 * (VOTER_UNIQUE: nobody is on two communities' rolls). Immutable: registering returns a new
 * registry, or a refusal naming the community where the person is already registered.
 *
 * <pre>{@code
 * Registry registry = Registry.empty();
 * RegistrationOutcome outcome = registry.register(Registration.of("c2", "p7", LocalDate.of(2005, 8, 20)));
 * if (outcome instanceof RegistrationOutcome.Refused refused) {
 *   refused.existing().communityId();   // where p7 registered first
 * }
 * registry = outcome.registry();        // unchanged after a refusal
 * VoterRoll roll = VoterRoll.build(c2, registry.registrations("c2"), asOf, rules);
 * }</pre>
 *
 * @param byPerson each registered person's registration, in the order they were accepted
 */
public record Registry(ImmutableMap<String, Registration> byPerson) {
  private static final Registry EMPTY = new Registry(ImmutableMap.of());

  public Registry {
    byPerson = ImmutableMap.copyOf(byPerson);
    byPerson.forEach((person, r) -> checkArgument(person.equals(r.personId()),
        "byPerson maps %s to registration %s of another person", person, r));
  }

  /** Returns the registry with nobody registered. */
  public static Registry empty() {
    return EMPTY;
  }

  /**
   * Returns the outcome of registering {@code registration}: accepted, with a registry that holds it,
   * or refused, with this registry unchanged, if the person is already registered in any community
   * (this one included).
   */
  public RegistrationOutcome register(Registration registration) {
    requireNonNull(registration, "registration");
    Registration existing = byPerson.get(registration.personId());
    if (existing != null) {
      return new RegistrationOutcome.Refused(registration, existing, this);
    }
    Map<String, Registration> next = new LinkedHashMap<>(byPerson);
    next.put(registration.personId(), registration);
    return new RegistrationOutcome.Accepted(registration, new Registry(ImmutableMap.copyOf(next)));
  }

  /**
   * Registers {@code registrations} in the order given, each as {@link #register} would, and returns
   * the registry that results with every refusal, in the same order.
   */
  public Batch registerAll(List<Registration> registrations) {
    requireNonNull(registrations, "registrations");
    Map<String, Registration> next = new LinkedHashMap<>(byPerson);
    List<Registration> accepted = new ArrayList<>();
    List<Registration[]> refused = new ArrayList<>();
    for (int i = 0; i < registrations.size(); i++) {
      Registration r = requireNonNull(registrations.get(i), "registrations[" + i + "]");
      Registration existing = next.putIfAbsent(r.personId(), r);
      if (existing == null) {
        accepted.add(r);
      } else {
        refused.add(new Registration[] {r, existing});
      }
    }
    Registry result = new Registry(ImmutableMap.copyOf(next));
    return new Batch(result, ImmutableList.copyOf(accepted), refused.stream()
        .map(pair -> new RegistrationOutcome.Refused(pair[0], pair[1], result))
        .collect(ImmutableList.toImmutableList()));
  }

  /** Returns the registration of {@code personId}, if they are registered. */
  public Optional<Registration> registrationOf(String personId) {
    return Optional.ofNullable(byPerson.get(personId));
  }

  /** Returns the registrations in {@code communityId}, in the order they were accepted. */
  public ImmutableList<Registration> registrations(String communityId) {
    requireNonNull(communityId, "communityId");
    return byPerson.values().stream()
        .filter(r -> r.communityId().equals(communityId))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every registration, in the order they were accepted. */
  public ImmutableList<Registration> registrations() {
    return byPerson.values().asList();
  }

  /**
   * The outcome of {@link #registerAll}: the registry that results, the registrations it accepted
   * and the ones it refused, each in the order given; every refusal carries the resulting registry.
   */
  public record Batch(
      Registry registry, ImmutableList<Registration> accepted, ImmutableList<RegistrationOutcome.Refused> refused) {
    public Batch {
      requireNonNull(registry, "registry");
      accepted = ImmutableList.copyOf(accepted);
      refused = ImmutableList.copyOf(refused);
    }
  }
}
