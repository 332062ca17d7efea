package dev.saakh.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md's structure test for the core: Jackson only, no unseeded randomness, no cycles. */
@AnalyzeClasses(packages = "dev.saakh.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule coreDependsOnTheJdkAndJacksonOnly =
      classes()
          .that()
          .resideInAPackage("dev.saakh.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.saakh.core..", "java..", "javax.xml.stream..", "com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule yamlOnlyThroughJackson =
      noClasses()
          .that()
          .resideInAPackage("dev.saakh.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.yaml.snakeyaml..")
          .because("policy YAML is read through jackson-dataformat-yaml only (STYLE.md, Layout)");

  @ArchTest
  static final ArchRule noUnseededRandomness =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Random")
          .because("randomness is injected and seeded per customer (STYLE.md, Determinism)");

  @ArchTest
  static final ArchRule onlyAdaptersReadStatementFiles =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.saakh.core.statement..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.saakh.core.statement..")
          .because("statement files are an adapter's input; the core's features never read them");

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices().matching("dev.saakh.core.(*)..").should().beFreeOfCycles();
}
