/**
 * The synthetic national dataset: {@link org.kemu.synthetic.SyntheticDataset} generates deterministic reports in the
 * import format at a {@link org.kemu.synthetic.DatasetSize}, and {@link org.kemu.synthetic.SyntheticLoader} loads
 * them through the ordinary importer, measuring its throughput. Used by the {@code synthetic} command and by the
 * benchmark harness, which also reads the generated documents to know the right answers.
 */
package org.kemu.synthetic;
