package org.outboxdoctor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of architecture.md, checked on the compiled classes: data flows settings → probe → evidence →
 * engine / diagnosis → report → ui and cli, and nothing below the window knows JavaFX.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.outboxdoctor");
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.outboxdoctor.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("probes, engine, diagnosis, reports and settings run headless for `check`")
                .check(classes);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Settings").definedBy("org.outboxdoctor.settings..")
                .layer("Probe").definedBy("org.outboxdoctor.probe..")
                .layer("Evidence").definedBy("org.outboxdoctor.evidence..")
                .layer("Engine").definedBy("org.outboxdoctor.engine..")
                .layer("Diagnosis").definedBy("org.outboxdoctor.diagnosis..")
                .layer("Export").definedBy("org.outboxdoctor.export..")
                .layer("Report").definedBy("org.outboxdoctor.report..")
                .whereLayer("Settings").mayNotAccessAnyLayer()
                .whereLayer("Probe").mayOnlyAccessLayers("Settings")
                .whereLayer("Evidence").mayOnlyAccessLayers("Probe", "Settings")
                .whereLayer("Engine").mayOnlyAccessLayers("Evidence", "Probe", "Settings")
                .whereLayer("Export").mayOnlyAccessLayers("Settings")
                .whereLayer("Diagnosis").mayOnlyAccessLayers("Evidence", "Probe", "Settings", "Export")
                .whereLayer("Report").mayOnlyAccessLayers("Diagnosis", "Evidence", "Probe", "Settings", "Export")
                .check(classes);
    }

    @Test
    void diagnosisNeverImportsTheEngine() {
        noClasses().that().resideInAPackage("org.outboxdoctor.diagnosis..")
                .should().dependOnClassesThat().resideInAPackage("org.outboxdoctor.engine..")
                .because("the diagnosis reads evidence, whoever gathered it")
                .check(classes);
    }

    @Test
    void theWindowDoesNotReachIntoTheProbes() {
        noClasses().that().resideInAPackage("org.outboxdoctor.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.outboxdoctor.probe.*..")
                .because("pages show the diagnosis' judgements and typed events, never raw probe results")
                .check(classes);
    }
}
