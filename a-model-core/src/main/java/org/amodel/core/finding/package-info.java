/**
 * Findings: what a rule says about a community, with its rule id, severity, subject, bilingual
 * message, basis and as-of date. Rule outcomes are values, never exceptions.
 */
package org.amodel.core.finding;
