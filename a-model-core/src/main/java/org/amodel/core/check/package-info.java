/**
 * The pure-Java reference checker of the seed district's rules: {@link
 * org.amodel.core.check.ReferenceChecker}. It is the yardstick every district rule set written in
 * DRL is compared against.
 */
package org.amodel.core.check;
