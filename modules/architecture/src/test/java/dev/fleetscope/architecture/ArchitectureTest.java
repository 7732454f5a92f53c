package dev.fleetscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md, checked on the compiled classes of every module: the
 * capability modules point inward to the model, the runtime serves both front ends, the console and
 * the command line never reach into each other, and only the launcher knows them all.
 */
class ArchitectureTest {
  /** The capability modules: each talks to one outside system, or computes, through the model. */
  private static final List<String> CAPABILITIES =
      List.of(
          "simulator",
          "engine",
          "prometheus",
          "kubernetes",
          "cost",
          "drift",
          "pipelines",
          "store",
          "apply",
          "packing",
          "alerts",
          "notifications",
          "updates");

  private static final String[] UI =
      new String[] {"javafx..", "eu.hansolo..", "org.controlsfx..", "org.testfx.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // Test jars (the prometheus module's PrometheusServer) are test code too.
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.fleetscope");
  }

  @Test
  void theModelDependsOnNothingOfOursAndNoUiHttpOrSql() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.fleetscope.app..",
            "dev.fleetscope.runtime..",
            "dev.fleetscope.console..",
            "dev.fleetscope.cli..",
            "dev.fleetscope.simulator..",
            "dev.fleetscope.engine..",
            "dev.fleetscope.prometheus..",
            "dev.fleetscope.kubernetes..",
            "dev.fleetscope.cost..",
            "dev.fleetscope.drift..",
            "dev.fleetscope.pipelines..",
            "dev.fleetscope.store..",
            "dev.fleetscope.apply..",
            "javafx..",
            "okhttp3..",
            "java.net.http..",
            "java.sql..")
        .because("every module builds on the model; it must stay free of UI, HTTP and SQL")
        .check(classes);
  }

  @Test
  void theJsonProblemsDependOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.json..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.fleetscope.json..", "java..", "com.fasterxml.jackson..")
        .because("every module that reads a settings file uses it; it must stay a leaf")
        .check(classes);
  }

  @Test
  void capabilitiesNeverDependOnEachOtherNorOnTheFrontEnds() {
    for (String capability : CAPABILITIES) {
      String[] others =
          java.util.stream.Stream.concat(
                  CAPABILITIES.stream().filter(a -> !a.equals(capability)),
                  java.util.stream.Stream.of("runtime", "console", "cli", "app"))
              .map(a -> "dev.fleetscope." + a + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.fleetscope." + capability + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because(
              "a capability talks to one outside system through the model; the runtime joins them")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void theRuntimeIsHeadlessAndServesBothFrontEnds() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            concat(
                UI,
                "dev.fleetscope.console..",
                "dev.fleetscope.cli..",
                "dev.fleetscope.app..",
                "picocli.."))
        .because("the runtime's services run under the console and the command line alike")
        .check(classes);
  }

  @Test
  void theCommandLineNeverLoadsJavaFxNorTheConsole() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(UI, "dev.fleetscope.console..", "dev.fleetscope.app.."))
        .because("a script's command starts fast and runs where no display is")
        .check(classes);
  }

  @Test
  void theConsoleNeverUsesTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.fleetscope.cli..", "dev.fleetscope.app..", "picocli..")
        .because("what both front ends need lives in the runtime")
        .check(classes);
  }

  @Test
  void viewsDoNoHttpOrSql() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "okhttp3..",
            "java.net.http..",
            "java.sql..",
            "io.kubernetes..",
            "org.duckdb..",
            "org.sqlite..")
        .because("views read snapshots; the runtime's sources do the I/O on their own threads")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineWritesToTheStandardStreams() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.fleetscope.cli..", "dev.fleetscope.app..", "dev.fleetscope.benchmarks..")
        .and()
        .doNotHaveFullyQualifiedName("dev.fleetscope.runtime.StartupTrace")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because(
            "a terminal shows the command line's output and one-line reasons; the rest goes to the log"
                + " (StartupTrace prints only when a developer asks for it)")
        .check(classes);
  }

  private static String[] concat(String[] first, String... more) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }
}
