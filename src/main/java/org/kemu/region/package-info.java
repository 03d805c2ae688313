/**
 * Administrative regions (GB/T 2260 codes, province to county) as loaded from the seed. Offers others
 * {@link org.kemu.region.Region} and {@link org.kemu.region.RegionService}: finding, listing and batch lookup by
 * code, used wherever units, reports and roll-ups name a region, and the {@code region} and {@code regions}
 * queries of the API.
 */
package org.kemu.region;
