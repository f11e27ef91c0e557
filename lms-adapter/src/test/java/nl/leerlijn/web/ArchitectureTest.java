package nl.leerlijn.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import nl.leerlijn.Internal;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;

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

    @ArchTest
    static final ArchRule theWebLayerNeverDecidesAPermissionItself = noClasses()
            .should().callConstructorWhere(describe("a constructor of NotPermittedException",
                    (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(NotPermittedException.class)))
            .orShould().callMethod(Actor.class, "has", Role.class)
            .orShould().callMethod(Actor.class, "isAdministrator")
            .orShould().callMethod(UserId.class, "equals", Object.class)
            .because("Access decides who may do what; pages ask it (core.access()) or a person-checked use case, never repeat a guard");

    @ArchTest
    static final ArchRule theWebLayerNeverUsesAnInternalApi = noClasses()
            .should().dependOnClassesThat().areAnnotatedWith(Internal.class)
            .because("internal APIs check nobody; pages go through the person-checked use cases");
}
