/**
 * What rule files see: the globals {@code params} ({@link org.amodel.rules.drl.RuleParameters}) and
 * {@code findings} ({@link org.amodel.rules.drl.FindingCollector}), and the derived facts {@link
 * org.amodel.rules.drl.StationMember} and, for voter registrations, {@link org.amodel.rules.drl.Registrant}
 * (with its {@link org.amodel.rules.drl.Tie}), besides the core model's records.
 *
 * <p>A rule reports through {@code findings}, naming itself with {@code drools}:
 *
 * <pre>
 * rule "Station size"
 *   &#64;id(STATION_SIZE) &#64;severity(VIOLATION) &#64;basis("seed §二(四): 社区服务站由3-4人组成")
 * when
 *   $s : ServiceStation( size() &lt; params.integer("station.size.min") )
 * then
 *   findings.station(drools, $s, "服务站现有" + $s.size() + "人", "station has " + $s.size() + " people");
 * end
 * </pre>
 */
package org.amodel.rules.drl;
