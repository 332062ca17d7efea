package dev.saakh.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server's structure: routes reach customer data only through the application service that
 * applies the consent gate and the audit (DESIGN §10: no page reads data around them), and core
 * stays free of the framework (core's own ArchitectureTest allows it the JDK and Jackson only).
 */
@AnalyzeClasses(packages = "dev.saakh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule routesGoThroughTheGatedService =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.saakh.server.api..", "dev.saakh.server.seed..", "dev.saakh.server.jobs..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.saakh.server.store.CustomerStore")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.saakh.server.store.DecisionStore")
          .because("customer data is served only through CustomerService (consent gate + audit)");

  /**
   * The console and the memo too; the console's customer header alone reads the customer row, for
   * its processing times and source (no financial data), so a page can say what was done even when
   * the consent no longer lets it show the data.
   */
  @ArchTest
  static final ArchRule pagesGoThroughTheGatedService =
      noClasses()
          .that()
          .resideInAnyPackage("dev.saakh.server.console..", "dev.saakh.server.memo..")
          .and()
          .doNotHaveFullyQualifiedName("dev.saakh.server.console.Header")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.saakh.server.store.CustomerStore")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("dev.saakh.server.store.DecisionStore")
          .because("customer data is served only through CustomerService (consent gate + audit)");

  @ArchTest
  static final ArchRule routesRunNoSqlOfTheirOwn =
      noClasses()
          .that()
          .resideInAnyPackage("dev.saakh.server.api..", "dev.saakh.server.seed..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
          .because(
              "routes call services; SQL lives in the store, audit, security and jobs packages");

  @ArchTest
  static final ArchRule coreAndSynthKnowNoFramework =
      noClasses()
          .that()
          .resideInAnyPackage("dev.saakh.core..", "dev.saakh.synth..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "jakarta..",
              "org.h2..",
              "org.postgresql..",
              "dev.saakh.server..")
          .because("core is a plain library (DESIGN §3)");
}
