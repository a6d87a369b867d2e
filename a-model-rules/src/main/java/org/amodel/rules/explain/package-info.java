/**
 * Explaining a rule's findings, and why a rule gave none: {@link org.amodel.rules.explain.Explainer}.
 */
package org.amodel.rules.explain;
