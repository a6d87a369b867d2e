package org.amodel.rules.explain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recorder the explanation's probe rules call from their conditions (as the global {@code
 * amodelProbe}): which conditions held for which fact, and the values of their sides. Not for rule
 * files; public only so that Drools can call it. One instance per probe run; not thread-safe.
 */
public final class Probe {
  /** A fact compared by identity: two equal records are two facts. */
  record Ref(Object object) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Ref r && r.object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }

  /** A fact (and the first pattern's fact, for a later pattern) a probe's conditions were tested on. */
  record Seen(Ref fact, Ref context) {}

  /** What was recorded of one condition on one fact. */
  static final class Record {
    Boolean held;
    final Map<Integer, Object> values = new TreeMap<>();
  }

  private final Map<String, Map<Seen, Map<String, Record>>> byProbe = new LinkedHashMap<>();
  private final Set<Hit> matched = new HashSet<>();

  private record Hit(String probe, Seen seen) {}

  Probe() {}

  /** Records the value of side {@code slot} of condition {@code node}; returns true. */
  public boolean saw(String node, Object fact, Object context, int slot, Object value) {
    record(node, fact, context).values.put(slot, value);
    return true;
  }

  /** Records whether condition {@code node} held; returns {@code value}. */
  public boolean held(String node, Object fact, Object context, boolean value) {
    record(node, fact, context).held = value;
    return value;
  }

  /** Records that every condition of probe {@code probe} held for {@code fact}, so the probe rule fired. */
  public void matched(String probe, Object fact, Object context) {
    Seen seen = new Seen(new Ref(fact), new Ref(context));
    byProbe.computeIfAbsent(probe, p -> new LinkedHashMap<>()).computeIfAbsent(seen, s -> new LinkedHashMap<>());
    matched.add(new Hit(probe, seen));
  }

  /** Returns whether probe {@code probe} fired for {@code seen}. */
  boolean matched(String probe, Seen seen) {
    return matched.contains(new Hit(probe, seen));
  }

  private Record record(String node, Object fact, Object context) {
    String probe = node.substring(0, node.indexOf('.'));
    return byProbe.computeIfAbsent(probe, p -> new LinkedHashMap<>())
        .computeIfAbsent(new Seen(new Ref(fact), new Ref(context)), s -> new LinkedHashMap<>())
        .computeIfAbsent(node, n -> new Record());
  }

  /** Returns what probe {@code probe} recorded, by fact in the order first seen, then by condition. */
  Map<Seen, Map<String, Record>> recorded(String probe) {
    return byProbe.getOrDefault(probe, Map.of());
  }
}
