package org.amodel.rules.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amodel.core.model.AssessmentOutcome;
import org.amodel.core.model.CommitteePost;
import org.amodel.core.model.CommunityType;
import org.amodel.core.model.EducationLevel;
import org.amodel.core.model.ElectorateKind;
import org.amodel.core.model.ForumKind;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.PartyOrganisationKind;
import org.amodel.core.model.RecruitmentMethod;
import org.amodel.core.model.RecruitmentStage;
import org.amodel.core.model.RepresentativeCategory;
import org.amodel.core.model.StageOutcome;
import org.amodel.core.model.StationPost;
import org.amodel.core.model.TieKind;

/**
 * The enumerations a community or election file names, what each is called in messages, and the Chinese name
 * the model gives each constant (a file may write either the constant or its Chinese name).
 */
final class EnumNames {
  private EnumNames() {}

  /** Every enumeration a community file uses. */
  static final List<Class<? extends Enum<?>>> ALL = List.of(
      CommunityType.class, EducationLevel.class, TieKind.class, PartyOrganisationKind.class, CommitteePost.class,
      StationPost.class, RepresentativeCategory.class, RecruitmentMethod.class, RecruitmentStage.class,
      StageOutcome.class, AssessmentOutcome.class, MatterKind.class, ForumKind.class, ElectorateKind.class);

  /** Returns what a value of {@code type} is called: "an education level". */
  static String noun(Class<?> type) {
    if (type == CommunityType.class) {
      return "a community type";
    } else if (type == EducationLevel.class) {
      return "an education level";
    } else if (type == TieKind.class) {
      return "a kind of tie";
    } else if (type == PartyOrganisationKind.class) {
      return "a kind of Party organisation";
    } else if (type == CommitteePost.class) {
      return "a committee post";
    } else if (type == StationPost.class) {
      return "a station post";
    } else if (type == RepresentativeCategory.class) {
      return "a representative category";
    } else if (type == RecruitmentMethod.class) {
      return "a recruitment method";
    } else if (type == RecruitmentStage.class) {
      return "a recruitment stage";
    } else if (type == StageOutcome.class) {
      return "a stage outcome";
    } else if (type == AssessmentOutcome.class) {
      return "an assessment outcome";
    } else if (type == MatterKind.class) {
      return "a kind of matter";
    } else if (type == ForumKind.class) {
      return "a kind of forum";
    } else if (type == ElectorateKind.class) {
      return "an electorate";
    }
    return "a value";
  }

  /** Returns the Chinese name the model gives {@code value}, if it gives one. */
  static Optional<String> chinese(Enum<?> value) {
    if (value instanceof CommunityType v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof EducationLevel v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof CommitteePost v) {
      return Optional.of(v.post().nameZh());
    } else if (value instanceof StationPost v) {
      return Optional.of(v.post().nameZh());
    } else if (value instanceof RepresentativeCategory v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof RecruitmentMethod v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof RecruitmentStage v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof MatterKind v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof ForumKind v) {
      return Optional.of(v.nameZh());
    } else if (value instanceof ElectorateKind v) {
      return Optional.of(v.nameZh());
    }
    return Optional.empty();
  }

  /** Returns the constant of {@code type} written as {@code text}: its name or its Chinese name. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text) || chinese(e).filter(text::equals).isPresent()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Returns the constants of {@code type} as a message lists them: "OPEN (公开招聘), INTERNAL (内部选拔), …". */
  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name() + chinese(e).map(zh -> " (" + zh + ")").orElse(""))
        .collect(Collectors.joining(", "));
  }

  /** Returns every way of writing a constant of {@code type}, for suggestions. */
  static List<String> spellings(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
