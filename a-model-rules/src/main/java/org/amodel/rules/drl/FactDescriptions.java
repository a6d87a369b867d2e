package org.amodel.rules.drl;

import org.amodel.core.election.Election;
import org.amodel.core.election.ElectionResult;
import org.amodel.core.model.ApplicantRecord;
import org.amodel.core.model.Assessment;
import org.amodel.core.model.CommitteeSeat;
import org.amodel.core.model.Community;
import org.amodel.core.model.Household;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.Recruitment;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationAppointment;

/** Short descriptions of facts for traces: the kind and id, never a whole community's text. */
public final class FactDescriptions {
  private FactDescriptions() {}

  /** Returns a short description of {@code fact}: its kind and id, or its text cut to 120 characters. */
  public static String describe(Object fact) {
    if (fact instanceof Community c) {
      return "Community " + c.id();
    } else if (fact instanceof Person p) {
      return "Person " + p.id();
    } else if (fact instanceof Household h) {
      return "Household " + h.id();
    } else if (fact instanceof ServiceStation s) {
      return "ServiceStation " + s.id();
    } else if (fact instanceof ResidentsCommittee rc) {
      return "ResidentsCommittee " + rc.id();
    } else if (fact instanceof PartyOrganisation p) {
      return "PartyOrganisation " + p.id();
    } else if (fact instanceof RepresentativeAssembly a) {
      return "RepresentativeAssembly " + a.id();
    } else if (fact instanceof Recruitment r) {
      return "Recruitment " + r.id();
    } else if (fact instanceof Assessment a) {
      return "Assessment " + a.id();
    } else if (fact instanceof StationAppointment a) {
      return "StationAppointment " + a.personId() + " (" + a.post() + ")";
    } else if (fact instanceof CommitteeSeat s) {
      return "CommitteeSeat " + s.personId() + " (" + s.post() + ")";
    } else if (fact instanceof ApplicantRecord a) {
      return "ApplicantRecord " + a.personId();
    } else if (fact instanceof Election e) {
      return "Election " + e.id() + " (" + e.date() + ")";
    } else if (fact instanceof ElectionResult r) {
      return "ElectionResult " + r.election().id() + " (" + r.status().nameEn() + ")";
    } else if (fact == null) {
      return "null";
    }
    String text = String.valueOf(fact);
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
