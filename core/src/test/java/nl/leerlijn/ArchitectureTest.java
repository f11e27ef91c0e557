package nl.leerlijn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.leerlijn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfServletsOrTemplates = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "freemarker..")
            .because("core is the domain; the web layer lives in lms-adapter");

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("nl.leerlijn.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule libraryCodeDoesNotPrint = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library code logs through SLF4J");
}
