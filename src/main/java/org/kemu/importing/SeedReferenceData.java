package org.kemu.importing;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectNameResolver;
import org.kemu.region.Region;
import org.kemu.region.RegionCatalog;

/**
 * The classification and regions as the seed states them, in memory: what an empty database holds once its first
 * start has loaded the seed, so a bulk first load checks against it without starting one.
 */
final class SeedReferenceData implements ReferenceData {

    private final Map<SubjectKey, Subject> subjects = new HashMap<>();
    private final Map<Scheme, SubjectNameResolver> names = new EnumMap<>(Scheme.class);
    private final Set<String> regions;

    SeedReferenceData(ClassificationCatalog classification, RegionCatalog regions) {
        for (var scheme : Scheme.values()) {
            classification.asSubjects(scheme).forEach(subject -> subjects.put(subject.key(), subject));
            names.put(scheme, classification.nameResolver(scheme));
        }
        this.regions = regions.regions().stream().map(Region::code).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<SubjectKey, Subject> subjects(Collection<SubjectKey> keys) {
        var found = new HashMap<SubjectKey, Subject>();
        keys.forEach(key -> {
            var subject = subjects.get(key);
            if (subject != null) {
                found.put(key, subject);
            }
        });
        return found;
    }

    @Override
    public Set<String> knownRegions(Collection<String> codes) {
        return codes.stream().filter(regions::contains).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SubjectNameResolver names(Scheme scheme) {
        return names.get(scheme);
    }
}
