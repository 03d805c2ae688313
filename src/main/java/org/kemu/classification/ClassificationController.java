package org.kemu.classification;

import java.util.List;
import java.util.Map;

import org.kemu.api.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ClassificationController {

    private final ClassificationService classification;

    ClassificationController(ClassificationService classification) {
        this.classification = classification;
    }

    @QueryMapping
    Subject subject(@Argument String code, @Argument Scheme scheme) {
        return classification.find(scheme, code).orElse(null);
    }

    @QueryMapping
    Connection<Subject> subjects(@Argument Scheme scheme, @Argument SubjectLevel level, @Argument String search,
                                 @Argument Integer first, @Argument String after) {
        return classification.page(scheme, level, search, first, after);
    }

    @BatchMapping
    Map<Subject, Subject> parent(List<Subject> subjects) {
        return classification.parents(subjects);
    }

    @BatchMapping
    Map<Subject, List<Subject>> children(List<Subject> subjects) {
        return classification.children(subjects);
    }

    @BatchMapping
    Map<Subject, List<Subject>> ancestors(List<Subject> subjects) {
        return classification.ancestors(subjects);
    }

    @SchemaMapping
    List<Subject> descendants(Subject subject, @Argument Integer depth) {
        return classification.descendants(List.of(subject), depth).get(subject);
    }
}
