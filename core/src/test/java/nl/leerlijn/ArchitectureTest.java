package nl.leerlijn;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;

@AnalyzeClasses(packages = "nl.leerlijn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfServletsOrTemplates = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "freemarker..")
            .because("core is the domain; the web layer lives in lms-adapter");

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("nl.leerlijn.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(alwaysTrue(), simpleNameEndingWith("Id").and(resideInAPackage("nl.leerlijn..")))
            .because("features refer to each other by id records, and otherwise only downwards");

    @ArchTest
    static final ArchRule aFeatureNeverCallsAnotherFeaturesPersonCheckedUseCase = classes()
            .that().resideInAPackage("nl.leerlijn.(*)..")
            .should(callPersonCheckedUseCasesOnlyOfTheirOwnFeature())
            .because("features call each other by id through their internal APIs; the person is checked once, by the use case"
                    + " the page or host called");

    @ArchTest
    static final ArchRule onlyAccessDecidesPermissions = noClasses()
            .that().resideOutsideOfPackage("nl.leerlijn.access..")
            .should().callConstructor(NotPermittedException.class, nl.leerlijn.access.UserId.class, String.class)
            .orShould().callMethod(Actor.class, "has", nl.leerlijn.access.Role.class)
            .orShould().callMethod(Actor.class, "isAdministrator")
            .because("Access is the one place permissions are decided; features ask it by name");

    @ArchTest
    static final ArchRule internalApisAreMarked = classes()
            .that().resideInAPackage("nl.leerlijn.(*)..").and().resideOutsideOfPackage("nl.leerlijn.access..")
            .and().haveSimpleNameNotEndingWith("Service")
            .and().arePublic().and().areNotInterfaces().and().areNotRecords().and().areNotEnums()
            .and().areAssignableTo(Object.class).and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
            .and(constructedWithJdbi())
            .should().beAnnotatedWith(Internal.class)
            .because("a public class other features call by id must say it checks nobody");

    @ArchTest
    static final ArchRule theHostApiHandsOutNoInternalApi = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that().areDeclaredIn(LeerlijnCore.class).and().arePublic()
            .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a type that is not @Internal",
                    (JavaClass type) -> !type.isAnnotatedWith(Internal.class)))
            .because("hosts get person-checked use cases; what checks nobody stays between the features");

    @ArchTest
    static final ArchRule libraryCodeDoesNotPrint = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library code logs through SLF4J");

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> constructedWithJdbi() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("are built on Leerlijn's database", c -> c.getConstructors()
                .stream().anyMatch(k -> k.getRawParameterTypes().stream().anyMatch(t -> t.getName().equals("org.jdbi.v3.core.Jdbi"))));
    }

    private static ArchCondition<JavaClass> callPersonCheckedUseCasesOnlyOfTheirOwnFeature() {
        return new ArchCondition<>("call person-checked use cases (methods taking an Actor) only of their own feature") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                Optional<String> own = feature(caller);
                for (JavaCall<?> call : caller.getMethodCallsFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    Optional<String> theirs = feature(target);
                    boolean takesPerson = call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Actor.class));
                    if (takesPerson && theirs.isPresent() && !theirs.equals(own) && !theirs.get().equals("access")) {
                        events.add(SimpleConditionEvent.violated(call, describe(call)));
                    }
                }
            }
        };
    }

    private static String describe(JavaAccess<?> access) {
        return access.getDescription();
    }

    /** @return the feature a class belongs to: the package right below {@code nl.leerlijn} */
    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("nl.leerlijn.")) {
            return Optional.empty();
        }
        String rest = name.substring("nl.leerlijn.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
