package org.amodel.core.recruitment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.StationAppointment;

/**
 * Where one applicant's recruitment ended: {@link Appointed}, {@link NoOpening} (passed every stage
 * but ranked below the last opening) or {@link Stopped} at a stage, with the reasons.
 */
public sealed interface ApplicantOutcome
    permits ApplicantOutcome.Appointed, ApplicantOutcome.NoOpening, ApplicantOutcome.Stopped {

  /** Returns the applicant's person id. */
  String personId();

  /** Passed every stage, ranked {@code rank} (from 1) with {@code score}, and appointed. */
  record Appointed(String personId, int rank, BigDecimal score, StationAppointment appointment)
      implements ApplicantOutcome {
    public Appointed {
      requireNonNull(personId, "personId");
      checkArgument(rank >= 1, "rank must be at least 1, was %s", rank);
      requireNonNull(score, "score");
      requireNonNull(appointment, "appointment");
      checkArgument(appointment.personId().equals(personId),
          "appointment of %s given to %s", appointment.personId(), personId);
    }
  }

  /** Passed every stage, ranked {@code rank} with {@code score}, below the last opening (无空缺岗位). */
  record NoOpening(String personId, int rank, BigDecimal score, int openings) implements ApplicantOutcome {
    public NoOpening {
      requireNonNull(personId, "personId");
      checkArgument(rank > openings, "rank %s is within the %s openings", rank, openings);
      requireNonNull(score, "score");
    }

    public String reasonZh() {
      return "综合成绩" + score.toPlainString() + ",排名第" + rank + ",岗位" + openings + "个,无空缺岗位";
    }

    public String reasonEn() {
      return "score " + score.toPlainString() + ", ranked " + rank + " for " + openings
          + (openings == 1 ? " opening" : " openings") + "; no opening";
    }
  }

  /** Stopped at {@code stage} for {@code reasons} (at least one). */
  record Stopped(String personId, RecruitmentStage stage, ImmutableList<StopReason> reasons)
      implements ApplicantOutcome {
    public Stopped {
      requireNonNull(personId, "personId");
      requireNonNull(stage, "stage");
      reasons = ImmutableList.copyOf(reasons);
      checkArgument(!reasons.isEmpty(), "%s stopped at %s for no reason", personId, stage);
    }

    static Stopped of(String personId, RecruitmentStage stage, List<StopReason> reasons) {
      return new Stopped(personId, stage, ImmutableList.copyOf(reasons));
    }

    /** Returns true if one of the reasons is of {@code kind}. */
    public boolean hasReason(StopReason.Kind kind) {
      return reasons.stream().anyMatch(r -> r.kind() == kind);
    }

    /** Returns "在笔试止步:…" with every reason. */
    public String reasonZh() {
      return "在" + stage.nameZh() + "止步:" + String.join(";",
          reasons.stream().map(StopReason::zh).toList());
    }

    /** Returns "stopped at the written exam: …" with every reason. */
    public String reasonEn() {
      return "stopped at the " + stage.nameEn() + ": " + String.join("; ",
          reasons.stream().map(StopReason::en).toList());
    }
  }
}
