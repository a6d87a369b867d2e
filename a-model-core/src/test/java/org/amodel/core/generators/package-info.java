/**
 * QuickTheories generators of the domain, shipped in core's test-jar for any suite to reuse:
 * {@link org.amodel.core.generators.CommunityGenerators#valid} makes communities that satisfy a
 * district's parameters, and {@link org.amodel.core.generators.Breakers#breaking} turns one into a
 * community that breaks exactly one named rule.
 *
 * <pre>{@code
 * qt().forAll(CommunityGenerators.valid(Parameters.jinanShizhong2005()))
 *     .checkAssert(s -> assertTrue(checker.check(s.community(), s.asOf()).isEmpty()));
 * }</pre>
 */
package org.amodel.core.generators;
