/**
 * Residents' participation in community affairs, summed over a district from its communities'
 * records (seed §三(三)): {@link org.amodel.core.activity.CommunityActivity} counts the forums held
 * (社区论坛、社区对话、民情恳谈会), the people who took part, the suggestions raised and the problems
 * solved, and the unit resources opened to the communities, all as of a date.
 *
 * <pre>{@code
 * CommunityActivity a = CommunityActivity.of(communities, LocalDate.of(2005, 12, 31));
 * a.participants();   // the seed's "3万余人"
 * }</pre>
 */
package org.amodel.core.activity;
