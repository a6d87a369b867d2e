/**
 * The "A"-type community governance model: a community's Party organisation (the bar of the "A"),
 * its residents' committee and its service station (the two legs), and the people, households,
 * recruitments, assessments and assemblies around them, with the forums residents take part in and the
 * resources units open to the community.
 *
 * <p>Every type is immutable. Constructors enforce structural truths only (a term cannot end before
 * it starts, a station cannot list one person twice) and throw {@link IllegalArgumentException}
 * naming the field. Everything a district may vary is checked by rules and reported as a
 * {@link org.amodel.core.finding.Finding}.
 */
package org.amodel.core.model;
