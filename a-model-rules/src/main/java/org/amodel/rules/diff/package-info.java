/**
 * The impact of a change of rule set: the findings of a base and a candidate rule set on the same
 * communities, compared by rule id and subject ({@link org.amodel.rules.diff.RuleSetDiff}).
 */
package org.amodel.rules.diff;
