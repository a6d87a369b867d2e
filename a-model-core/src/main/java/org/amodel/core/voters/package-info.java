/**
 * The voter roll (选民名单) as a checked, pure-Java process: who of a community is eligible to vote
 * on a date and why ({@link org.amodel.core.voters.VoterRoll}, under a district's {@link
 * org.amodel.core.voters.VoterRules}), registration across a district's communities with at most one
 * registration per person ({@link org.amodel.core.voters.Registry}), and the VOTER_ELIGIBILITY and
 * VOTER_UNIQUE findings ({@link org.amodel.core.voters.VoterRollChecker}).
 *
 * <p>Eligibility follows the seed (§三(二)2: 在法律规定的选民登记资格条件基础上,适当放宽选民登记条件,
 * 把在本社区居住或工作一年以上的社区居民、驻社区单位代表、驻社区的责任区民警均列入了登记范围) and the
 * Organic Law (1989) art. 8. Numbers read as DESIGN.md says: 十八周岁 is the age in full years on the
 * as-of date, reached on the birthday itself; 一年以上 includes exactly one year.
 */
package org.amodel.core.voters;
