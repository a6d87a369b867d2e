/**
 * Scale adjustment (社区规模调整): merging communities into one, keeping every household, person and
 * appointment and saying where each went.
 */
package org.amodel.core.scale;
