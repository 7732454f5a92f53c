package dev.fleetscope.alerts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The alerts module is pure: the model, Jackson for its rules file (and the json module to tell
 * what is wrong with it), and the JDK's basics.
 */
class ModulePurityTest {
  @Test
  void dependsOnTheModelJacksonAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("dev.fleetscope.alerts..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.fleetscope.alerts..",
            "dev.fleetscope.model..",
            "dev.fleetscope.json..",
            "com.fasterxml.jackson..",
            "java.lang..",
            "java.util..",
            "java.time..",
            "java.io..",
            "java.nio.charset..")
        .because(
            "alerts are evaluated over inputs the app hands in: no HTTP, SQL, files or threads")
        .check(
            new ClassFileImporter()
                .importPath(
                    Path.of(
                        AlertEngine.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .getPath())));
  }
}
