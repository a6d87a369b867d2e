package org.amodel.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.Severity;
import org.amodel.core.model.Community;
import org.amodel.core.model.Matter;
import org.amodel.core.model.PartyOrganisation;
import org.amodel.core.model.Person;
import org.amodel.core.model.RepresentativeAssembly;
import org.amodel.core.model.ResidentsCommittee;
import org.amodel.core.model.ServiceStation;
import org.amodel.core.model.StationPost;
import org.amodel.core.routing.MatterRouter;
import org.amodel.core.routing.Routing;
import org.amodel.examples.pilot.PilotCommunity;

/**
 * Checks one community of the seed's Ganshiqiao pilot against the seed district's rules and prints
 * what the checker finds, in Chinese and English, and where each of its matters goes.
 *
 * <p>Run it with {@code java -jar a-model-examples/target/amodel.jar}. This is the command-line face
 * of the project: the only place that writes to {@code System.out}.
 */
public final class GanshiqiaoPilot {
  private GanshiqiaoPilot() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, consoleCharset()), true);
    print(out);
    out.flush();
  }

  /** Prints the pilot community, the seed checker's findings on it and its matters' routing to {@code out}. */
  public static void print(PrintWriter out) {
    print(PilotCommunity.build(), PilotCommunity.AS_OF, ReferenceChecker.seed(), out);
  }

  /** Prints the community, the checker's findings on it as of {@code asOf}, and its matters' routing. */
  static void print(Community community, LocalDate asOf, ReferenceChecker checker, PrintWriter out) {
    List<Finding> findings = checker.check(community, asOf);
    header(community, asOf, checker, out);
    out.println();
    out.println(summary(findings));
    for (Finding f : findings) {
      out.println();
      out.println("[" + f.severity() + "] " + f.ruleId() + " " + f.subject());
      out.println("  中文: " + f.messageZh());
      out.println("  English: " + f.messageEn());
      out.println("  依据 Basis: " + f.basis());
    }
    out.println();
    out.println("事项分派 Matter routing:");
    for (Matter m : community.matters()) {
      Routing r = MatterRouter.route(m);
      out.println("  " + m.id() + " " + m.title() + " (" + m.raised() + ")");
      out.println("    " + m.kind().nameZh() + " / " + m.kind().nameEn());
      out.println("    决定 decided by: " + r.decidedBy().nameZh() + " " + r.decidedBy().nameEn()
          + "; 执行 carried out by: " + r.carriedOutBy().nameZh() + " " + r.carriedOutBy().nameEn());
    }
  }

  private static void header(Community c, LocalDate asOf, ReferenceChecker checker, PrintWriter out) {
    out.println("社区“A”型管理体制 杆石桥街道试点 / \"A\"-type community governance, Ganshiqiao pilot");
    out.println("社区 Community: " + c.name() + " (" + c.id() + "), " + c.type().nameZh() + " " + c.type().nameEn()
        + ", " + c.subdistrictOffice().name() + " (" + c.subdistrictOffice().id() + ")");
    out.println("规模 Size: " + c.households().size() + "户 households, " + c.people().size() + "人 people");
    for (PartyOrganisation p : c.partyOrganisations()) {
      out.println("  社区党组织 Party organisation: 书记 secretary " + name(c, p.secretary().personId()) + ", "
          + p.gridBranches().size() + "个网格支部 grid branches");
    }
    for (ResidentsCommittee rc : c.residentsCommittees()) {
      out.println("  社区居委会 Residents' committee: " + rc.seats().size() + "人 members, 主任 chair "
          + rc.chair().map(s -> name(c, s.personId())).orElse("-") + ", 任期 term " + rc.term());
    }
    for (ServiceStation s : c.serviceStations()) {
      out.println("  社区服务站 Service station: " + s.size() + "人 people, 站长 head "
          + s.appointments(StationPost.HEAD).stream().findFirst().map(a -> name(c, a.personId())).orElse("-"));
    }
    for (RepresentativeAssembly a : c.assemblies()) {
      out.println("  社区成员代表会议 Representative assembly: " + a.representatives().size() + "人 representatives");
    }
    out.println("规则集 Rule set: " + checker.parameters().districtId() + "    截至 As of: " + asOf);
  }

  /** Returns the counts of findings by severity, in Chinese and English. */
  static String summary(List<Finding> findings) {
    StringBuilder zh = new StringBuilder("发现 Findings: 共" + findings.size() + "条(");
    StringBuilder en = new StringBuilder(findings.size() + (findings.size() == 1 ? " finding: " : " findings: "));
    Severity[] severities = Severity.values();
    for (int i = 0; i < severities.length; i++) {
      Severity s = severities[i];
      long n = findings.stream().filter(f -> f.severity() == s).count();
      zh.append(i == 0 ? "" : ",").append(s.nameZh()).append(n).append("条");
      en.append(i == 0 ? "" : ", ").append(n).append(' ').append(s.nameEn()).append(n == 1 ? "" : "s");
    }
    return zh.append(") / ").append(en).toString();
  }

  private static String name(Community c, String personId) {
    return c.person(personId).map(Person::name).orElse(personId);
  }

  /** Returns the platform charset if it can write Chinese, UTF-8 otherwise (e.g. under LANG=C). */
  public static Charset consoleCharset() {
    Charset platform = Charset.defaultCharset();
    return platform.canEncode() && platform.newEncoder().canEncode("杆石桥") ? platform : StandardCharsets.UTF_8;
  }
}
