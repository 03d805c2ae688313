package org.kemu.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.region.Region;
import org.kemu.region.RegionCatalog;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a bulk first load checks against without a database — the seed's classification and regions in memory —
 * is what the database holds once the seed is loaded, subject for subject and region for region, and the two kinds
 * of preparation accept and refuse the same documents with the same words.
 */
@KemuIntegrationTest
class SeedReferenceDataIT {

    @Autowired
    ClassificationService classification;

    @Autowired
    StoredReferenceData stored;

    @Autowired
    ReportPreparation preparation;

    private final SeedReferenceData seed = new SeedReferenceData(ClassificationCatalog.seeded(), RegionCatalog.seeded());

    @Test
    void theSeedsSubjectsAreTheStoredOnes() {
        for (var scheme : Scheme.values()) {
            var subjects = ClassificationCatalog.seeded().asSubjects(scheme);
            assertThat(subjects).as(scheme.name()).isEqualTo(classification.all(scheme));
            var keys = subjects.stream().map(Subject::key).toList();
            assertThat(seed.subjects(keys)).as(scheme.name()).isEqualTo(stored.subjects(keys)).hasSize(keys.size());
        }
        var unknown = List.of(new SubjectKey(Scheme.FUNCTION, "2210209"), new SubjectKey(Scheme.ECONOMIC_DEPT, "30188"));
        assertThat(seed.subjects(unknown)).isEmpty();
        assertThat(stored.subjects(unknown)).isEmpty();
    }

    @Test
    void theSeedsRegionsAreTheStoredOnes() {
        var codes = RegionCatalog.seeded().regions().stream().map(Region::code).toList();
        assertThat(codes).hasSize(3351).contains("32", "3201", "320102");
        var asked = new ArrayList<>(codes);
        asked.addAll(List.of("99", "320199"));
        assertThat(seed.knownRegions(asked)).isEqualTo(stored.knownRegions(asked)).hasSize(codes.size());
        assertThat(RegionCatalog.seeded().counties()).isNotEmpty()
                .allSatisfy(county -> assertThat(county.level()).isEqualTo("county"));
    }

    @Test
    void bothPreparationsAcceptAndRefuseAlike() throws IOException {
        var good = new ReportImporter.Input("gaoyuan-221.json", text("seed/examples/gaoyuan-221.json"));
        var bad = new ReportImporter.Input("gaoyuan-bad.json", text("seed/examples/gaoyuan-bad.json"));
        var againstTheSeed = ReportPreparation.againstTheSeed();

        var fromTheSeed = againstTheSeed.prepareInputs(List.of(good)).reports().getFirst();
        var fromTheDatabase = preparation.prepareInputs(List.of(good)).reports().getFirst();
        assertThat(fromTheSeed.checksum()).isEqualTo(fromTheDatabase.checksum());
        assertThat(fromTheSeed.rows().lines()).isEqualTo(fromTheDatabase.rows().lines());

        var refusedBySeed = catchThrowableOfType(ImportException.class,
                () -> againstTheSeed.prepareInputs(List.of(good, bad)));
        var refusedByDatabase = catchThrowableOfType(ImportException.class,
                () -> preparation.prepareInputs(List.of(good, bad)));
        assertThat(refusedBySeed.problems()).isEqualTo(refusedByDatabase.problems())
                .anySatisfy(problem -> assertThat(problem.toString()).contains("2210209: unknown FUNCTION code"));
    }

    private static String text(String file) throws IOException {
        return Files.readString(Path.of(file));
    }
}
