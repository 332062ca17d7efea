package dev.saakh.synth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The generator's structure: seeded randomness only, no clock, no cycles between features. */
@AnalyzeClasses(packages = "dev.saakh.synth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlySeededRandomness =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Random")
          .orShould()
          .callMethod(Math.class, "random")
          .because("every draw comes from a Rng seeded by (seed, customer id, purpose)");

  @ArchTest
  static final ArchRule noWallClock =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.saakh.synth.lake..")
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .because("generated data depends on the as-of date, never on when it runs");

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices().matching("dev.saakh.synth.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noAdapters =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.saakh.cli..");
}
