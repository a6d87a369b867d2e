/**
 * District parameters with effective dates (OpenFisca-style): each parameter is a series of
 * (from-date, value, source), and an evaluation as of a date takes the value in force on it.
 */
package org.amodel.core.parameters;
