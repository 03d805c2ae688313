package org.kemu.config;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.Ordered;

/**
 * A mistyped {@code kemu.*} setting is named with where it came from and the setting it most likely meant, in place of
 * Spring Boot's generic binding report.
 */
final class UnknownSettingFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
        implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
        var unknown = cause.getUnboundProperties().stream()
                .filter(property -> property.getName().toString().startsWith("kemu."))
                .sorted(Comparator.comparing(property -> property.getName().toString())).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        var description = unknown.stream().map(UnknownSettingFailureAnalyzer::describe)
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(description, "Correct or remove it; every kemu.* setting is listed in the README"
                + " (Configuration).", cause);
    }

    private static String describe(ConfigurationProperty property) {
        var name = property.getName().toString();
        var nearest = KemuProperties.settingNames().stream()
                .min(Comparator.comparingInt(known -> distance(known, name))).orElseThrow();
        var likely = distance(nearest, name) <= Math.max(2, name.length() / 6) ? "; did you mean " + nearest + "?" : "";
        return name + " (" + origin(property) + ") is not a kemu setting" + likely;
    }

    private static String origin(ConfigurationProperty property) {
        if (property.getOrigin() instanceof PropertySourceOrigin source) {
            var from = source.getPropertySource().getName();
            return "commandLineArgs".equals(from) ? "from the command line" : "from " + from;
        }
        return property.getOrigin() == null ? "origin unknown" : "from " + property.getOrigin();
    }

    /** Edit distance between two names: the fewest insertions, deletions and substitutions from one to the other. */
    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                var substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Before Spring Boot's analysis of binding failures, which would answer first otherwise. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
