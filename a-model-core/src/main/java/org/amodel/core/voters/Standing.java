package org.amodel.core.voters;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * Where a person stands with a community's voter roll: on it, eligible but not registered, or not
 * eligible (whether registered or not).
 */
public sealed interface Standing permits Standing.OnRoll, Standing.Unregistered, Standing.Ineligible {

  /** Returns true if the person meets the district's conditions. */
  boolean eligible();

  /** Eligible on {@code ground} and registered: on the roll. */
  record OnRoll(Ground ground) implements Standing {
    public OnRoll {
      requireNonNull(ground, "ground");
    }

    @Override
    public boolean eligible() {
      return true;
    }
  }

  /** Eligible on {@code ground}, but not registered: not on the roll. */
  record Unregistered(Ground ground) implements Standing {
    public Unregistered {
      requireNonNull(ground, "ground");
    }

    @Override
    public boolean eligible() {
      return true;
    }
  }

  /** Not eligible, for every one of {@code reasons}: not on the roll. */
  record Ineligible(ImmutableList<Reason> reasons) implements Standing {
    public Ineligible {
      reasons = ImmutableList.copyOf(reasons);
      checkArgument(!reasons.isEmpty(), "reasons must not be empty");
    }

    @Override
    public boolean eligible() {
      return false;
    }
  }
}
