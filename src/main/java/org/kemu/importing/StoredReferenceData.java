package org.kemu.importing;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectNameResolver;
import org.kemu.region.RegionService;
import org.springframework.stereotype.Component;

/** The classification and regions as the database holds them, looked up one query per kind for a batch. */
@Component
final class StoredReferenceData implements ReferenceData {

    private final ClassificationService classification;
    private final RegionService regions;

    StoredReferenceData(ClassificationService classification, RegionService regions) {
        this.classification = classification;
        this.regions = regions;
    }

    @Override
    public Map<SubjectKey, Subject> subjects(Collection<SubjectKey> keys) {
        return classification.byKeys(keys);
    }

    @Override
    public Set<String> knownRegions(Collection<String> codes) {
        return regions.byCodes(codes).keySet();
    }

    @Override
    public SubjectNameResolver names(Scheme scheme) {
        return classification.nameResolver(scheme);
    }
}
