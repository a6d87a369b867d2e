package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Who nominated a candidate. */
public sealed interface Nomination
    permits Nomination.ByVoters, Nomination.ByResidentsGroup, Nomination.ByOrganisation, Nomination.Self {

  /** Returns who nominated, in Chinese. */
  String describeZh();

  /** Returns who nominated, in English. */
  String describeEn();

  /** Nominated jointly by {@code signatures} voters (选民联名提名). */
  record ByVoters(int signatures) implements Nomination {
    public ByVoters {
      checkArgument(signatures >= 1, "signatures must be at least 1, was %s", signatures);
    }

    @Override
    public String describeZh() {
      return "选民" + signatures + "人联名提名";
    }

    @Override
    public String describeEn() {
      return "nominated jointly by " + signatures + " voters";
    }
  }

  /** Nominated by the residents' group {@code groupId} (居民小组提名). */
  record ByResidentsGroup(String groupId) implements Nomination {
    public ByResidentsGroup {
      requireNonNull(groupId, "groupId");
      checkArgument(!groupId.isBlank(), "groupId must not be blank");
    }

    @Override
    public String describeZh() {
      return "居民小组" + groupId + "提名";
    }

    @Override
    public String describeEn() {
      return "nominated by residents' group " + groupId;
    }
  }

  /**
   * Recommended by an organisation, such as the community Party organisation or the election
   * committee (组织推荐), identified by {@code organisationId}.
   */
  record ByOrganisation(String organisationId) implements Nomination {
    public ByOrganisation {
      requireNonNull(organisationId, "organisationId");
      checkArgument(!organisationId.isBlank(), "organisationId must not be blank");
    }

    @Override
    public String describeZh() {
      return organisationId + "推荐";
    }

    @Override
    public String describeEn() {
      return "recommended by " + organisationId;
    }
  }

  /** Self-nominated (自荐). */
  record Self() implements Nomination {
    @Override
    public String describeZh() {
      return "自荐";
    }

    @Override
    public String describeEn() {
      return "self-nominated";
    }
  }
}
