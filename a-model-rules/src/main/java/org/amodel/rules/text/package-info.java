/**
 * Small text helpers the readers share when they suggest what a clerk may have meant: the edit
 * distance between what was written and each name known.
 */
package org.amodel.rules.text;
