package org.amodel.core.voters;

import static java.util.Objects.requireNonNull;

/** What a {@link Registry} did with one registration: accepted it, or refused it as a second one. */
public sealed interface RegistrationOutcome permits RegistrationOutcome.Accepted, RegistrationOutcome.Refused {

  /** Returns the registration asked for. */
  Registration registration();

  /** Returns the registry after the attempt: with the registration if accepted, as before if refused. */
  Registry registry();

  /** Returns true if the registry accepted the registration. */
  boolean accepted();

  /** The registration was accepted; {@code registry} holds it. */
  record Accepted(Registration registration, Registry registry) implements RegistrationOutcome {
    public Accepted {
      requireNonNull(registration, "registration");
      requireNonNull(registry, "registry");
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * The registration was refused because the person is already registered by {@code existing}, in
   * the community it names (the same one or another).
   */
  record Refused(Registration registration, Registration existing, Registry registry) implements RegistrationOutcome {
    public Refused {
      requireNonNull(registration, "registration");
      requireNonNull(existing, "existing");
      requireNonNull(registry, "registry");
    }

    @Override
    public boolean accepted() {
      return false;
    }

    /** Returns the refusal as a Chinese sentence naming the community of the first registration. */
    public String messageZh() {
      String who = registration.personId();
      return existing.communityId().equals(registration.communityId())
          ? who + "已于" + existing.registeredOn() + "在社区" + existing.communityId() + "登记为选民,不重复登记"
          : who + "已于" + existing.registeredOn() + "在社区" + existing.communityId() + "登记为选民,不能再在社区"
              + registration.communityId() + "登记";
    }

    /** Returns the refusal as an English sentence naming the community of the first registration. */
    public String messageEn() {
      String who = registration.personId();
      return existing.communityId().equals(registration.communityId())
          ? who + " registered in community " + existing.communityId() + " on " + existing.registeredOn()
              + " already; not registered twice"
          : who + " registered in community " + existing.communityId() + " on " + existing.registeredOn()
              + "; cannot also register in community " + registration.communityId();
    }
  }
}
