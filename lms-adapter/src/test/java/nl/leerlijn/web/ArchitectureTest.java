package nl.leerlijn.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.leerlijn.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule webFeaturesDoNotFormCycles = slices().matching("nl.leerlijn.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theWebInfrastructureKnowsNoFeature = noClasses()
            .that().resideInAnyPackage("nl.leerlijn.web.routing..", "nl.leerlijn.web.render..", "nl.leerlijn.web.security..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.leerlijn.web.home..")
            .because("features plug into routing and rendering, not the other way round");

    @ArchTest
    static final ArchRule theLibraryUsesNoContainerDriverOrLoggingBackend = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "org.h2..", "org.postgresql..",
                    "org.slf4j.simple..", "ch.qos.logback..")
            .because("the host brings its own container, database driver and logging");

    @ArchTest
    static final ArchRule libraryCodeDoesNotPrint = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
