package org.amodel.core.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Why a vote elects nobody, with a message naming the numbers. */
public sealed interface VoidReason permits VoidReason.MoreReturnedThanIssued, VoidReason.TurnoutNotReached,
    VoidReason.TooFewCandidates, VoidReason.NotCalled {

  String messageZh();

  String messageEn();

  /** More ballots came back than were handed out. */
  record MoreReturnedThanIssued(int returned, int issued) implements VoidReason {
    public MoreReturnedThanIssued {
      checkArgument(returned > issued && issued >= 0, "returned %s must exceed issued %s", returned, issued);
    }

    @Override
    public String messageZh() {
      return "收回选票 " + Text.count(returned) + " 张,多于发出选票 " + Text.count(issued) + " 张";
    }

    @Override
    public String messageEn() {
      return Text.count(returned) + " ballots returned but " + Text.count(issued)
          + " issued; no more than issued allowed";
    }
  }

  /** Too few of the registered electorate voted: {@code voted} of {@code registered}, short of {@code turnout}. */
  record TurnoutNotReached(int voted, int registered, Threshold turnout) implements VoidReason {
    public TurnoutNotReached {
      requireNonNull(turnout, "turnout");
      checkArgument(!turnout.isMetBy(voted, registered), "%s of %s reaches %s", voted, registered, turnout);
    }

    @Override
    public String messageZh() {
      return "投票人数 " + Text.count(voted) + " 人," + (turnout.strict() ? "未超过" : "不足") + "登记选民 "
          + Text.count(registered) + " 人的" + turnout.fractionZh() + "(至少应有 " + Text.count(turnout.minimum(registered))
          + " 人)";
    }

    @Override
    public String messageEn() {
      return Text.count(voted) + " voted of " + Text.count(registered) + " registered; " + turnout.describeEn()
          + " required (at least " + Text.count(turnout.minimum(registered)) + ")";
    }
  }

  /** Fewer candidates stood than there were seats to fill. */
  record TooFewCandidates(int candidates, int seats) implements VoidReason {
    public TooFewCandidates {
      checkArgument(candidates < seats && candidates >= 0, "%s candidates are not fewer than %s seats", candidates, seats);
    }

    @Override
    public String messageZh() {
      return "候选人 " + Text.count(candidates) + " 人,少于应选名额 " + Text.count(seats) + " 名";
    }

    @Override
    public String messageEn() {
      return Text.candidatesEn(candidates) + " for " + Text.seatsEn(seats)
          + "; at least as many candidates as seats required";
    }
  }

  /** A run-off was held though the first vote called none (it was void, or filled every seat). */
  record NotCalled(int returned) implements VoidReason {
    public NotCalled {
      checkArgument(returned >= 0, "returned must not be negative, was %s", returned);
    }

    @Override
    public String messageZh() {
      return "第一次投票未要求另行选举,却举行了另行选举(收回选票 " + Text.count(returned) + " 张)";
    }

    @Override
    public String messageEn() {
      return "a run-off was held (" + Text.count(returned) + " ballots returned) though the first vote called none";
    }
  }
}
