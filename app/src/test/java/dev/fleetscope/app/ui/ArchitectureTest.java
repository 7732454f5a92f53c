package dev.fleetscope.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static final List<String> ADAPTERS =
      List.of(
          "simulator",
          "engine",
          "prometheus",
          "kubernetes",
          "cost",
          "drift",
          "pipelines",
          "store",
          "apply");
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
  void modulesNeverDependOnTheApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fleetscope.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fleetscope.app..")
        .because("dependencies point inward: the app wires the modules, never the reverse")
        .check(classes);
  }

  @Test
  void adaptersNeverDependOnEachOther() {
    for (String adapter : ADAPTERS) {
      String[] others =
          ADAPTERS.stream()
              .filter(a -> !a.equals(adapter))
              .map(a -> "dev.fleetscope." + a + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.fleetscope." + adapter + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("an adapter talks to one outside system through the model; the app joins them")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void viewsDoNoHttpOrSql() {
    noClasses()
        .that()
        .resideInAPackage("dev.fleetscope.app.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("okhttp3..", "java.net.http..", "java.sql..", "io.kubernetes..")
        .because("views read snapshots; sources do the I/O on their own threads")
        .check(classes);
  }
}
