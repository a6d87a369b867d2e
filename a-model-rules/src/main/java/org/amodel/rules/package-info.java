/**
 * Per-district rule sets and the evaluation engine over the core model. The Drools-based engine
 * arrives with the rule-set issue; until then applications use {@link org.amodel.core.check.ReferenceChecker}.
 */
package org.amodel.rules;
