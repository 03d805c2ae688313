/**
 * Administrative regions (GB/T 2260 codes, province to county) as loaded from the seed. Offers others
 * {@link org.kemu.region.Region} and {@link org.kemu.region.RegionService}: finding, listing and batch lookup by
 * code, used wherever units, reports and roll-ups name a region, and the {@code region} and {@code regions}
 * queries of the API. {@link org.kemu.region.RegionResolver} is pure and needs no database: it finds a unit's region
 * in the seed's national table from the names a document prints (江苏省… → 32, 上海市普陀区… → 310107), or refuses
 * naming the candidates when the names leave several; extraction uses it when no region is given. The resolver,
 * the seed load and a bulk first load's checks read the seed's table from {@link org.kemu.region.RegionCatalog}.
 */
package org.kemu.region;
