/**
 * The direct election of a residents' committee (社区居委会直接选举, seed §二(二)) as a checked, pure-Java
 * process: an {@link org.amodel.core.election.Election} records what was held (seats, electorate,
 * candidates, ballots, run-off); {@link org.amodel.core.election.ElectionCount#of} counts it under
 * {@link org.amodel.core.election.ElectionThresholds}; the {@link
 * org.amodel.core.election.ElectionResult} gives the winners, their posts, the {@link
 * org.amodel.core.model.ResidentsCommittee} they form and the election's {@link
 * org.amodel.core.election.ElectionStatistics}; {@link org.amodel.core.election.ElectionChecker}
 * reports DIRECT_ELECTION, COMPETITIVE_ELECTION and ELECTION_VALIDITY as findings.
 *
 * <pre>{@code
 * Election election = Election.of("e1", "c1", LocalDate.of(2005, 9, 18), SeatPlan.of(1, 2, 4),
 *     ElectorateKind.HOUSEHOLD_REPRESENTATIVES, 620, candidates, 600, ballots);
 * ElectionResult result = ElectionCount.of(election, ElectionThresholds.JINAN_SHIZHONG_2005);
 * List<Finding> findings = ElectionChecker.seed().check(election, LocalDate.of(2005, 9, 30));
 * if (result.formsCommittee()) {
 *   ResidentsCommittee rc = result.committee("rc6", Term.ofYears(LocalDate.of(2005, 9, 20), 3));
 * }
 * }</pre>
 *
 * <p>Constructors enforce structural truths only (a candidate listed twice, a negative count, a plan
 * without seats) with {@link IllegalArgumentException} naming the field. What a district may judge
 * otherwise — more ballots returned than issued, a low turnout, too few candidates, ballots for
 * non-candidates — is kept, counted and reported; no ballot is ever dropped.
 */
package org.amodel.core.election;

import org.amodel.core.model.ElectorateKind;
