/**
 * The pure-Java reference checker of the seed district's rules: {@link
 * org.amodel.core.check.ReferenceChecker}. It is the yardstick every district rule set written in
 * DRL is compared against. {@link org.amodel.core.check.ConcurrentPosts} applies its CONCURRENT_POSTS
 * and CONCURRENT_POSTS_AVAILABLE rules to a newly elected committee: whether its chair may also be
 * Party secretary, and the concurrent appointment itself.
 */
package org.amodel.core.check;
