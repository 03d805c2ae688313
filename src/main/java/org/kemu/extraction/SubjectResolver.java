package org.kemu.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kemu.classification.NameNormalizer;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.kemu.extraction.SubjectCatalog.Subject;

/**
 * Turns what a document prints (a code, a code with a name, a path of names) into a subject of the classification,
 * saying in a note whenever the printed code and name did not simply agree.
 */
final class SubjectResolver {

    record Resolved(Subject subject, String note) {
    }

    private final SubjectCatalog catalog;

    SubjectResolver(SubjectCatalog catalog) {
        this.catalog = catalog;
    }

    SubjectCatalog catalog() {
        return catalog;
    }

    /**
     * The subject a printed code designates, checked against the printed name (which may be empty, cut off, or
     * belong to a child: some tables print the 款 code on 项 rows).
     */
    Optional<Resolved> byCode(Scheme scheme, String code, String printedName) {
        var name = printedName == null ? "" : printedName;
        var found = catalog.find(scheme, code);
        if (found.isPresent()) {
            var subject = found.get();
            if (name.isBlank() || catalog.matches(subject, name) || isCutOff(subject, name)) {
                return Optional.of(new Resolved(subject, null));
            }
            var child = catalog.resolveAmong(catalog.children(scheme, code), name);
            if (child.isPresent()) {
                return Optional.of(new Resolved(child.get(), "printed code " + code + " is the parent of \"" + name
                        + "\"; took " + child.get().code()));
            }
            var sibling = subject.parentCode() == null ? Optional.<Subject>empty()
                    : catalog.resolveAmong(catalog.children(scheme, subject.parentCode()), name);
            if (sibling.isPresent() && catalog.matches(sibling.get(), name)) {
                return Optional.of(new Resolved(sibling.get(), "printed code " + code + " is " + subject.name()
                        + ", but the name \"" + name + "\" is " + sibling.get().code() + "; took the name"));
            }
            return Optional.of(new Resolved(subject, "the classification names " + code + " \"" + subject.name()
                    + "\"; the document says \"" + name + "\""));
        }
        if (name.isBlank() || code.length() < 3) {
            return Optional.empty();
        }
        var parent = code.length() == 4 ? code.substring(0, 3) : code.substring(0, code.length() - 2);
        var byName = catalog.resolveAmong(catalog.children(scheme, parent), name);
        if (byName.isEmpty() && code.length() > 5) {
            byName = catalog.resolveAmong(descendants(scheme, code.substring(0, 3)), name);
        }
        if (byName.isPresent()) {
            return byName.map(subject -> new Resolved(subject, "printed code " + code
                    + " is not in the classification; resolved \"" + name + "\" to " + subject.code()));
        }
        if (scheme.isWellFormed(code) && catalog.find(scheme, parent).isPresent()) {
            return Optional.of(new Resolved(new Subject(scheme, code, name, List.of(), false), "code " + code
                    + " \"" + name + "\" is not in kemu's classification (seed/classification); kept as printed"));
        }
        return Optional.empty();
    }

    /**
     * The subject a path of printed names designates: a 类 name, then a 款 among its children, then a 项 among
     * those. A missing 类 (a document that names it in a heading) is taken from the context.
     */
    Optional<Resolved> byNames(Scheme scheme, String className, String sectionName, String itemName,
                               Subject contextClass) {
        Subject cls = null;
        if (className != null) {
            cls = catalog.resolveAmong(catalog.classes(scheme), className).orElse(null);
            if (cls == null) {
                return Optional.empty();
            }
        } else if (contextClass != null) {
            cls = contextClass;
        }
        if (sectionName == null) {
            return Optional.ofNullable(cls).map(c -> new Resolved(c, null));
        }
        Subject section;
        if (cls != null) {
            section = catalog.resolveAmong(catalog.children(scheme, cls.code()), sectionName).orElse(null);
        } else {
            var named = catalog.named(scheme, sectionName, SubjectLevel.SECTION);
            section = named.size() == 1 ? named.getFirst() : null;
        }
        if (section == null) {
            return Optional.empty();
        }
        if (itemName == null) {
            return Optional.of(new Resolved(section, null));
        }
        return catalog.resolveAmong(catalog.children(scheme, section.code()), itemName)
                .map(item -> new Resolved(item, null));
    }

    /**
     * The subject a lone name designates (a document listing 项 by name only), preferring among namesakes the one
     * under a 款 or 类 the other names of the same list already point to.
     */
    Optional<Resolved> byLoneName(Scheme scheme, String name, Collection<String> contextCodes) {
        var candidates = new ArrayList<Subject>();
        for (var level : SubjectLevel.values()) {
            candidates.addAll(catalog.named(scheme, name, level));
        }
        if (candidates.size() == 1) {
            return Optional.of(new Resolved(candidates.getFirst(), null));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (var prefixLength : new int[] {5, 3}) {
            var inContext = candidates.stream()
                    .filter(s -> s.code().length() > prefixLength
                            && contextCodes.contains(s.code().substring(0, prefixLength)))
                    .toList();
            if (inContext.size() == 1) {
                return Optional.of(new Resolved(inContext.getFirst(), "\"" + name + "\" names " + candidates.size()
                        + " subjects; took " + inContext.getFirst().code() + ", under the "
                        + (prefixLength == 5 ? "款" : "类") + " of the other items listed with it"));
            }
        }
        return Optional.empty();
    }

    /** Whether the printed name is the start of the subject's name, cut off by a narrow column. */
    private static boolean isCutOff(Subject subject, String printed) {
        var normalizedPrinted = NameNormalizer.normalize(printed);
        return normalizedPrinted.length() >= 3
                && NameNormalizer.normalize(subject.name()).startsWith(normalizedPrinted);
    }

    private List<Subject> descendants(Scheme scheme, String classCode) {
        var result = new ArrayList<Subject>();
        for (var section : catalog.children(scheme, classCode)) {
            result.add(section);
            result.addAll(catalog.children(scheme, section.code()));
        }
        return result;
    }
}
