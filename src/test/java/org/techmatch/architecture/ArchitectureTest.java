package org.techmatch.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Viewer;

/**
 * The rules of the layout (see README, Layout): Lucene stays behind the storage seam, controllers talk to
 * services, and access is decided by the services, never by web code.
 */
class ArchitectureTest {
    /** Viewer's methods that decide what a viewer may see or do. */
    private static final Set<String> DECISIONS = Set.of("role", "seesConfidential", "seesConfidentialIn",
            "answersFor", "belongsTo", "reviews");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.techmatch");
    }

    @Test
    void onlyStoreSearchAndTextTouchLucene() {
        noClasses().that().resideOutsideOfPackages("org.techmatch.store..", "org.techmatch.search..",
                        "org.techmatch.text..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("matching, workflow, stats and web ask the storage seam, so another engine can serve them")
                .check(main);
    }

    @Test
    void onlyTheStoreTalksToSolr() {
        noClasses().that().resideOutsideOfPackages("org.techmatch.store..", "org.techmatch.search..",
                        "org.techmatch.text..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
                .because("the SolrCloud backend is one implementation of the storage seam, like the embedded index")
                .check(main);
    }

    @Test
    void controllersDoNotUseTheStoreDirectly() {
        // Mapping the store's failure to 503 (an exception handler) is not using the store.
        noClasses().that(controllers())
                .should().dependOnClassesThat(resideInAPackage("org.techmatch.store..")
                        .and(not(assignableTo(Throwable.class))))
                .because("controllers call services, which apply the access policy to every read and write")
                .check(main);
    }

    @Test
    void webCodeMakesNoAccessDecision() {
        noClasses().that(controllers())
                .should().callMethodWhere(describe("a decision method of Viewer",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Viewer.class)
                                && DECISIONS.contains(call.getName())))
                .orShould().callCodeUnitWhere(describe("a throw of ForbiddenException (its constructor or checks)",
                        (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(ForbiddenException.class)
                                && (call instanceof JavaConstructorCall || call.getTarget().resolveMember()
                                .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false))))
                .because("controllers never decide: the library services apply one policy per library")
                .check(main);
    }

    /** Classes of the web package and every controller, wherever it lives. */
    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> controllers() {
        return describe("web code or controllers", (JavaClass c) -> c.getPackageName().equals("org.techmatch.web")
                || c.getPackageName().startsWith("org.techmatch.web.")
                || c.isAnnotatedWith(RestController.class) || c.isAnnotatedWith(Controller.class)
                || c.getSimpleName().endsWith("Controller"));
    }
}
