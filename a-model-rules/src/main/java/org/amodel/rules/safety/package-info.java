/**
 * The safety check every rule file passes before it is compiled: {@link
 * org.amodel.rules.safety.RuleFileSafety#check} refuses any name outside a small allowlist and the
 * DRL constructs that run free-form code or change facts, because Drools itself has no sandbox.
 */
package org.amodel.rules.safety;
