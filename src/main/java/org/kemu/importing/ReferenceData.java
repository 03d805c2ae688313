package org.kemu.importing;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectNameResolver;

/**
 * What the checks of a batch look up: the classification's subjects, the known regions, and a resolver of printed
 * names to subjects. The database's, for an import ({@link StoredReferenceData}); the seed's, for a bulk first load
 * into a database that will hold only the seed besides ({@link SeedReferenceData}).
 */
interface ReferenceData {

    /** The subjects found among the keys; a key not found is unknown. */
    Map<SubjectKey, Subject> subjects(Collection<SubjectKey> keys);

    /** The codes found among the given region codes. */
    Set<String> knownRegions(Collection<String> codes);

    /** A resolver of printed names to the subjects of a whole scheme. */
    SubjectNameResolver names(Scheme scheme);
}
