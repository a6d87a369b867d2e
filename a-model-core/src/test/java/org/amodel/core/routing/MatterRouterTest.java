package org.amodel.core.routing;

import static org.amodel.core.model.Organisation.PARTY_ORGANISATION;
import static org.amodel.core.model.Organisation.REPRESENTATIVE_ASSEMBLY;
import static org.amodel.core.model.Organisation.RESIDENTS_COMMITTEE;
import static org.amodel.core.model.Organisation.SERVICE_STATION;
import static org.amodel.core.model.Organisation.SUBDISTRICT_OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amodel.core.model.Matter;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.Organisation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of matter goes where the seed's §一 (and §三(一)2) says, and the routing quotes the seed. */
class MatterRouterTest {

  /** The seed's sentences on what each organisation does, copied verbatim (seed §一). */
  private static final String SEED_1 = String.join("",
      "社区党组织主要任务是开展党建工作,对辖区内社会性、群众性、公益性的工作全面负责,"
          + "并充分调动辖区内各种力量共同参加社区建设,是社区的领导核心。",
      "社区居委会主要按照《居民委员会组织法》要求,广泛开展群众自治活动,搞好社区自治事宜,是社区的自治组织。",
      "社区服务站主要承担上级交办的社区事务性工作,协助居委会做好居民自治工作,为社区居民提供全方位服务,"
          + "同时落实社区成员代表会议的决议事项,组织社区志愿者开展各项构建和谐社区活动,是社区的服务机构。");

  /** The seed's sentence on the station's place, copied verbatim (seed §三(一)2). */
  private static final String SEED_3_1_2 =
      "社区服务站承担政府交办的各项事务性工作和社区居委会决议事项,隶属于街道办事处管理,"
          + "同时接受社区居民代表会议的评议和监督,避免了社区工作互推诿现象的发生。";

  private static final Map<String, String> SEED = Map.of("§一", SEED_1, "§三(一)2", SEED_3_1_2);

  private static final Pattern SECTION = Pattern.compile("(§[^:]+): (.+)");

  /** Who decides, who carries out, and the seed's words the basis must quote, for every kind. */
  private record Expected(Organisation decidedBy, Organisation carriedOutBy, List<String> quotes) {}

  private static final Map<MatterKind, Expected> EXPECTED = new EnumMap<>(Map.of(
      MatterKind.GOVERNMENT_ASSIGNED,
      new Expected(SUBDISTRICT_OFFICE, SERVICE_STATION, List.of("上级交办的社区事务性工作", "隶属于街道办事处管理")),
      MatterKind.SELF_GOVERNANCE,
      new Expected(RESIDENTS_COMMITTEE, SERVICE_STATION, List.of("搞好社区自治事宜", "协助居委会做好居民自治工作")),
      MatterKind.ASSEMBLY_RESOLUTION,
      new Expected(REPRESENTATIVE_ASSEMBLY, SERVICE_STATION, List.of("落实社区成员代表会议的决议事项")),
      MatterKind.RESIDENT_SERVICE,
      new Expected(SERVICE_STATION, SERVICE_STATION, List.of("为社区居民提供全方位服务", "组织社区志愿者")),
      MatterKind.PARTY_BUILDING,
      new Expected(PARTY_ORGANISATION, PARTY_ORGANISATION, List.of("开展党建工作")),
      MatterKind.SOCIAL_COORDINATION,
      new Expected(PARTY_ORGANISATION, PARTY_ORGANISATION, List.of("社会性、群众性、公益性的工作全面负责"))));

  @Test
  @DisplayName("the expected table covers every MatterKind, so a new kind must be routed and tested")
  void tableCoversEveryKind() {
    assertEquals(EnumSet.allOf(MatterKind.class), EnumSet.copyOf(EXPECTED.keySet()));
  }

  @ParameterizedTest(name = "{0} is decided and carried out as the seed says")
  @EnumSource(MatterKind.class)
  void routesAsTheSeedSays(MatterKind kind) {
    Expected expected = EXPECTED.get(kind);
    assertNotNull(expected, () -> "no expected routing for " + kind + "; add it to the table");
    Routing routing = MatterRouter.route(kind);
    assertEquals(kind, routing.kind());
    assertEquals(expected.decidedBy(), routing.decidedBy(), () -> kind + " decidedBy");
    assertEquals(expected.carriedOutBy(), routing.carriedOutBy(), () -> kind + " carriedOutBy");
    expected.quotes().forEach(q ->
        assertTrue(routing.basis().contains(q), () -> kind + " basis should quote " + q + ": " + routing.basis()));
  }

  @ParameterizedTest(name = "{0}: the basis names a seed section and quotes it word for word")
  @EnumSource(MatterKind.class)
  void basisQuotesTheSeedVerbatim(MatterKind kind) {
    String basis = MatterRouter.route(kind).basis();
    assertTrue(basis.startsWith("seed §"), () -> kind + " basis should cite the seed: " + basis);
    String section = null;
    for (String part : basis.substring("seed ".length()).split("; ")) {
      Matcher m = SECTION.matcher(part);
      String quote = part;
      if (m.matches()) {
        section = m.group(1);
        quote = m.group(2);
      }
      String text = SEED.get(section);
      assertNotNull(text, () -> kind + " basis cites a section this test does not hold: " + basis);
      int from = 0;
      for (String piece : quote.split("……")) {
        assertTrue(piece.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            () -> kind + " basis should quote the seed in Chinese: " + piece);
        int at = text.indexOf(piece, from);
        String sectionName = section;
        assertTrue(at >= 0, () -> kind + " basis quotes \"" + piece + "\", which is not in seed " + sectionName
            + " (in this order)");
        from = at + piece.length();
      }
    }
  }

  @Test
  @DisplayName("the station carries out everything but the Party organisation's own work")
  void stationCarriesOutAllButPartyWork() {
    for (MatterKind kind : MatterKind.values()) {
      Organisation carrier = MatterRouter.route(kind).carriedOutBy();
      boolean partyWork = kind == MatterKind.PARTY_BUILDING || kind == MatterKind.SOCIAL_COORDINATION;
      assertEquals(partyWork ? PARTY_ORGANISATION : SERVICE_STATION, carrier, kind::name);
    }
  }

  @ParameterizedTest(name = "a {0} matter routes as its kind")
  @EnumSource(MatterKind.class)
  void matterRoutesAsItsKind(MatterKind kind) {
    Matter matter = new Matter("m1", "某事项", kind, LocalDate.of(2005, 10, 1));
    assertEquals(MatterRouter.route(kind), MatterRouter.route(matter));
  }

  @Test
  @DisplayName("null is refused, naming the parameter")
  void nullIsRefused() {
    NullPointerException onMatter = assertThrows(NullPointerException.class, () -> MatterRouter.route((Matter) null));
    assertEquals("matter", onMatter.getMessage());
    NullPointerException onKind = assertThrows(NullPointerException.class, () -> MatterRouter.route((MatterKind) null));
    assertEquals("kind", onKind.getMessage());
  }
}
