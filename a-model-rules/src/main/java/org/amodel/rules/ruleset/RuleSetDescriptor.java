package org.amodel.rules.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule set's {@code ruleset.yaml} says: its id and version, its names in Chinese and English,
 * the district it serves, when it is in effect, the documents it rests on, and how it extends
 * another rule set (the rules it disables and those it replaces by rules of the same name).
 */
public record RuleSetDescriptor(
    String id,
    String version,
    String nameZh,
    String nameEn,
    String district,
    LocalDate effectiveFrom,
    Optional<LocalDate> effectiveUntil,
    ImmutableList<String> sources,
    Optional<String> extendsId,
    ImmutableList<String> disabledRules,
    ImmutableList<String> replacedRules) {

  public RuleSetDescriptor {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(nameZh, "nameZh");
    requireNonNull(nameEn, "nameEn");
    requireNonNull(district, "district");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(effectiveUntil, "effectiveUntil");
    sources = ImmutableList.copyOf(sources);
    requireNonNull(extendsId, "extendsId");
    disabledRules = ImmutableList.copyOf(disabledRules);
    replacedRules = ImmutableList.copyOf(replacedRules);
  }

  /** Returns the DRL package every rule file of this set must declare: the id with '-' as '_'. */
  public String drlPackage() {
    return packageOf(id);
  }

  static String packageOf(String id) {
    return id.replace('-', '_');
  }
}
