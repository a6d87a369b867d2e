/**
 * Synthetic districts of the "A" model: {@link org.amodel.examples.district.SyntheticDistrict}
 * generates a {@link org.amodel.core.model.District} of complete communities from a size and a seed,
 * most of them clean under the seed district's rules and a stated share with chosen {@link
 * org.amodel.examples.district.Flaw}s. All the data are invented.
 */
package org.amodel.examples.district;
