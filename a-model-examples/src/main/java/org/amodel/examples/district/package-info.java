/**
 * Synthetic districts of the "A" model. {@link org.amodel.examples.district.SeedDistrict} is the
 * seed's own district generated end to end: 84 communities merged into 66, the Ganshiqiao pilot and the
 * roll-out, calibrated to the seed report's aggregates. {@link
 * org.amodel.examples.district.SyntheticDistrict} generates a {@link org.amodel.core.model.District}
 * of complete communities from a size and a seed, most of them clean under the seed district's rules
 * and a stated share with chosen {@link org.amodel.examples.district.Flaw}s. All the data are invented.
 */
package org.amodel.examples.district;
