/** Routing of community matters between the three organisations of the "A" (三位一体). */
package org.amodel.core.routing;
