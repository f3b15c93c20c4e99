package id.cermat.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a library anyone can embed: no framework, no database, no web. */
class ArchitectureTest {

  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.cermat.engine");

  @Test
  void engineUsesNoFrameworkNoDatabaseAndNoWeb() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
            "java.net.http..", "org.hibernate..", "id.cermat.app..", "id.cermat.cli..", "id.cermat.importers..")
        .check(ENGINE);
  }

  @Test
  void textAndDetectorsDoNotReachBackIntoTheScreener() {
    noClasses().that().resideInAnyPackage("id.cermat.engine.text..", "id.cermat.engine.catalog..")
        .should().dependOnClassesThat().resideInAnyPackage("id.cermat.engine.detect..")
        .check(ENGINE);
  }
}
