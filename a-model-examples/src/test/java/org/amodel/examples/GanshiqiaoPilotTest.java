package org.amodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.amodel.core.check.ReferenceChecker;
import org.amodel.core.finding.Finding;
import org.amodel.core.finding.RuleId;
import org.amodel.core.finding.Severity;
import org.amodel.core.finding.Subject;
import org.amodel.core.model.Community;
import org.amodel.core.model.Post;
import org.amodel.examples.pilot.PilotCommunity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GanshiqiaoPilotTest {

  @Test
  @DisplayName("the pilot community breaks RECRUIT_AGE for its 41-year-old staff member and could use concurrent posts")
  void pilotFindings() {
    List<Finding> findings = ReferenceChecker.seed().check(PilotCommunity.build(), PilotCommunity.AS_OF);

    assertEquals(List.of(
            new Finding.Key(RuleId.CONCURRENT_POSTS_AVAILABLE, Severity.NOTICE,
                Subject.person(PilotCommunity.COMMUNITY_ID, PilotCommunity.CHAIR_ID, Post.COMMITTEE_CHAIR)),
            new Finding.Key(RuleId.RECRUIT_AGE, Severity.VIOLATION,
                Subject.person(PilotCommunity.COMMUNITY_ID, PilotCommunity.OVER_AGE_STAFF_ID, Post.STATION_STAFF))),
        findings.stream().map(Finding::key).toList());
    findings.forEach(f -> assertEquals(PilotCommunity.AS_OF, f.asOf()));
  }

  @Test
  @DisplayName("the pilot community is the same on every build")
  void deterministic() {
    Community first = PilotCommunity.build();

    assertEquals(first, PilotCommunity.build());
    assertTrue(first.households().size() >= 100 && first.households().size() <= 700,
        "households: " + first.households().size());
  }

  @Test
  @DisplayName("main prints the header, the summary, each finding in Chinese and English, and the routing")
  void mainPrintsBothLanguages() {
    String output = captureMain();

    assertTrue(output.contains("经四路社区 (jingsilu)"), output);
    assertTrue(output.contains("杆石桥街道办事处"), output);
    assertTrue(output.contains("规则集 Rule set: jinan-shizhong-2005"), output);
    assertTrue(output.contains("截至 As of: 2005-11-30"), output);
    assertTrue(output.contains("共2条(违规1条,提示0条,注意1条) / 2 findings: 1 violation, 0 warnings, 1 notice"), output);
    assertTrue(output.contains("[VIOLATION] RECRUIT_AGE jingsilu/person:gao.yumei(STATION_STAFF)"), output);
    assertTrue(output.contains("高玉梅在2005-09-30(招聘基准日)年满41周岁,应为40周岁以下"), output);
    assertTrue(output.contains("高玉梅 was 41 on 2005-09-30 (the recruitment's reference date); at most 40 allowed"),
        output);
    assertTrue(output.contains("[NOTICE] CONCURRENT_POSTS_AVAILABLE jingsilu/person:liu.guifang(COMMITTEE_CHAIR)"),
        output);
    assertTrue(output.contains("依据 Basis: seed §二(四)"), output);
    assertTrue(output.contains("m2005-01 2005年度城市居民最低生活保障复核"), output);
    assertTrue(output.contains("执行 carried out by: 社区服务站 service station"), output);
  }

  @Test
  @DisplayName("the summary counts findings by severity")
  void summaryOfNoFindings() {
    assertEquals("发现 Findings: 共0条(违规0条,提示0条,注意0条) / 0 findings: 0 violations, 0 warnings, 0 notices",
        GanshiqiaoPilot.summary(List.of()));
  }

  private static String captureMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true));
    try {
      GanshiqiaoPilot.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(GanshiqiaoPilot.consoleCharset()); // main writes its bytes through unchanged
  }
}
