package org.kemu.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module structure the package-info files describe, checked on the compiled classes: capabilities form no
 * cycle, repositories and controllers stay inside their capability, the server's core knows nothing of the tools
 * built on it, and the report format depends only on the report model.
 */
class ModuleStructureTests {

    private static final JavaClasses KEMU = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kemu");

    private static final ArchRule NO_CYCLES = slices().matching("org.(**)").should().beFreeOfCycles();

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(KEMU);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        var withCycle = new ClassFileImporter().importPackages("org.kemu.architecture.cycle");
        assertThatThrownBy(() -> NO_CYCLES.check(withCycle)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void repositoriesArePrivateToTheirCapability() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(KEMU);
    }

    @Test
    void onlyTheFrameworkCallsControllers() {
        noClasses().that().areNotAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Controller.class).check(KEMU);
    }

    @Test
    void theServerCoreKnowsNothingOfTheToolsBuiltOnIt() {
        noClasses().that().resideInAnyPackage("org.kemu.classification..", "org.kemu.region..", "org.kemu.report..",
                        "org.kemu.rollup..", "org.kemu.glossary..", "org.kemu.performance..", "org.kemu.series..",
                        "org.kemu.importing..", "org.kemu.format..",
                        "org.kemu.config..", "org.kemu.api..", "org.kemu.money..", "org.kemu.web..",
                        "org.kemu.limits..", "org.kemu.deadline..", "org.kemu.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kemu.cli..", "org.kemu.extraction..",
                        "org.kemu.synthetic..", "org.kemu.benchmark..")
                .check(KEMU);
    }

    @Test
    void theReportFormatDependsOnlyOnTheReportModel() {
        classes().that().resideInAPackage("org.kemu.format..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.kemu.format..", "org.kemu.report..", "java..")
                .check(KEMU);
    }

    @Test
    void importingDoesNotReachIntoRollUps() {
        noClasses().that().resideInAPackage("org.kemu.importing..")
                .should().dependOnClassesThat().resideInAPackage("org.kemu.rollup..").check(KEMU);
    }
}
