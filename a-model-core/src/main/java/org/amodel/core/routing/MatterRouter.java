package org.amodel.core.routing;

import static java.util.Objects.requireNonNull;

import org.amodel.core.model.Matter;
import org.amodel.core.model.MatterKind;
import org.amodel.core.model.Organisation;

/**
 * Routes a community matter to the organisation that handles it, as the seed's §一 divides the work:
 *
 * <ul>
 *   <li>administrative work assigned by government: the station, under the subdistrict office;
 *   <li>a self-governance matter: decided by the residents' committee, carried out by the station;
 *   <li>a resolution of the representative assembly: carried out by the station;
 *   <li>services to residents and volunteers: the station;
 *   <li>Party building, and the overall coordination of social, mass and public-welfare work: the
 *       Party organisation.
 * </ul>
 *
 * <p>A pure function: {@code MatterRouter.route(matter).carriedOutBy()}.
 */
public final class MatterRouter {
  private MatterRouter() {}

  /** Returns where {@code matter} goes. */
  public static Routing route(Matter matter) {
    requireNonNull(matter, "matter");
    return route(matter.kind());
  }

  /** Returns where matters of {@code kind} go. */
  public static Routing route(MatterKind kind) {
    requireNonNull(kind, "kind");
    return switch (kind) {
      case GOVERNMENT_ASSIGNED -> new Routing(kind, Organisation.SUBDISTRICT_OFFICE, Organisation.SERVICE_STATION,
          "seed §一: 社区服务站主要承担上级交办的社区事务性工作; §三(一)2: 隶属于街道办事处管理");
      case SELF_GOVERNANCE -> new Routing(kind, Organisation.RESIDENTS_COMMITTEE, Organisation.SERVICE_STATION,
          "seed §一: 社区居委会……搞好社区自治事宜; 社区服务站……协助居委会做好居民自治工作;"
              + " §三(一)2: 社区服务站承担……社区居委会决议事项");
      case ASSEMBLY_RESOLUTION -> new Routing(kind, Organisation.REPRESENTATIVE_ASSEMBLY,
          Organisation.SERVICE_STATION, "seed §一: 社区服务站……落实社区成员代表会议的决议事项");
      case RESIDENT_SERVICE -> new Routing(kind, Organisation.SERVICE_STATION, Organisation.SERVICE_STATION,
          "seed §一: 社区服务站……为社区居民提供全方位服务……组织社区志愿者开展各项构建和谐社区活动");
      case PARTY_BUILDING -> new Routing(kind, Organisation.PARTY_ORGANISATION, Organisation.PARTY_ORGANISATION,
          "seed §一: 社区党组织主要任务是开展党建工作");
      case SOCIAL_COORDINATION -> new Routing(kind, Organisation.PARTY_ORGANISATION,
          Organisation.PARTY_ORGANISATION,
          "seed §一: 社区党组织……对辖区内社会性、群众性、公益性的工作全面负责");
    };
  }
}
