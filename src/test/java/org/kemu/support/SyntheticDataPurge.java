package org.kemu.support;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kemu.importing.ReportPurge;
import org.kemu.region.Region;
import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticDataset;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Removes a synthetic dataset from the shared test database after each test that loads it there, through the
 * production purge of the counties the dataset fills. Registered with {@code @RegisterExtension}.
 */
public final class SyntheticDataPurge implements AfterEachCallback {

    private final List<String> counties;

    private SyntheticDataPurge(List<String> counties) {
        this.counties = counties;
    }

    /** Purges the counties of the dataset of this size and seed. */
    public static SyntheticDataPurge of(DatasetSize size, long seed) {
        return new SyntheticDataPurge(SyntheticDataset.overTheSeed(size, seed).counties().stream().map(Region::code).toList());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(ReportPurge.class).purgeRegions(counties);
    }
}
