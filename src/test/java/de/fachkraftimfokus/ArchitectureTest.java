package de.fachkraftimfokus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The package structure of STYLE.md, enforced: one package per process, each keeping its
 * internals to itself; shared packages never depend on a process. Rules hold for packages that do
 * not exist yet (an empty package passes), so a new process package is covered once it is listed.
 */
class ArchitectureTest {

  private static final String ROOT = "de.fachkraftimfokus";

  /** One package per process (STYLE.md). Add a new process package here. */
  static final List<String> PROCESS_PACKAGES = List.of("advisorycase", "referral", "coordination",
      "jourfixe", "publicactivity", "annualconference", "projectchange");

  /** Shared pieces every process may use; they must never depend on a process. */
  static final List<String> SHARED_PACKAGES = List.of("identity", "security", "validation",
      "notification", "document", "company", "contact", "region", "process", "reporting", "privacy");

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  @DisplayName("Gemeinsame Pakete hängen von keinem Prozesspaket ab")
  void sharedPackagesDoNotDependOnProcesses() {
    noClasses().that().resideInAnyPackage(packages(SHARED_PACKAGES))
        .should().dependOnClassesThat().resideInAnyPackage(packages(PROCESS_PACKAGES))
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  @DisplayName("Prozesspakete nutzen voneinander nur die öffentliche Backing-Klasse und Services")
  void processesUseOnlyEachOthersPublicSurface() {
    for (String process : PROCESS_PACKAGES) {
      String own = ROOT + "." + process;
      List<String> others = PROCESS_PACKAGES.stream().filter(p -> !p.equals(process))
          .map(p -> ROOT + "." + p + "..").toList();
      classes().that().resideInAPackage(own + "..")
          .should().onlyDependOnClassesThat(publicSurfaceOrNotAnotherProcess(others))
          .allowEmptyShould(true)
          .check(production);
    }
  }

  @Test
  @DisplayName("Delegates und Listener sind Spring-Beans (delegateExpression), nie camunda:class")
  void delegatesAreBeans() {
    classes().that().implement(JavaDelegate.class).or().implement(ExecutionListener.class)
        .or().implement(TaskListener.class)
        .and().areNotInterfaces().and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .should().beAnnotatedWith(Component.class).orShould().beMetaAnnotatedWith(Component.class)
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  @DisplayName("Kein Modell verwendet camunda:class")
  void noModelUsesCamundaClass() throws IOException {
    Path models = Path.of("bpmn");
    if (!Files.isDirectory(models)) {
      return;
    }
    try (Stream<Path> files = Files.walk(models)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
            .doesNotContain("camunda:class=");
      }
    }
  }

  /**
   * A class of another process package is allowed only if it is that process's public surface: a
   * public class in the package's root (no sub-package) named {@code …Process} (the backing class)
   * or {@code …Service}, a type nested in one of those, or a public record or enum (values passed
   * to and from those services).
   */
  private static DescribedPredicate<JavaClass> publicSurfaceOrNotAnotherProcess(List<String> otherProcesses) {
    return DescribedPredicate.describe("not another process's internals", target -> {
      boolean inOtherProcess = otherProcesses.stream()
          .anyMatch(p -> target.getPackageName().equals(p.replace("..", ""))
              || target.getPackageName().startsWith(p.replace("..", ".")));
      if (!inOtherProcess) {
        return true;
      }
      JavaClass top = outermost(target);
      boolean rootPackage = otherProcesses.stream().anyMatch(p -> top.getPackageName().equals(p.replace("..", "")));
      boolean isPublic = top.getModifiers().contains(JavaModifier.PUBLIC)
          && target.getModifiers().contains(JavaModifier.PUBLIC);
      boolean backingOrService = top.getSimpleName().endsWith("Process") || top.getSimpleName().endsWith("Service");
      boolean value = target.isRecord() || target.isEnum();
      return rootPackage && isPublic && (backingOrService || value);
    });
  }

  private static JavaClass outermost(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
  }

  @Test
  @DisplayName("Die Regeln prüfen wirklich etwas: die gemeinsamen Pakete existieren")
  void rulesSeeTheSharedPackages() {
    assertThat(Arrays.stream(packages(SHARED_PACKAGES))
        .filter(p -> production.stream().anyMatch(c -> c.getPackageName().startsWith(p.replace("..", "")))))
        .isNotEmpty();
  }
}
