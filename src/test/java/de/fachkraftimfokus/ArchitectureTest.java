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
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import de.fachkraftimfokus.identity.PartnerGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The shape of STYLE.md and docs/development.md, enforced. The packages are taken from the code: a
 * process package is a package directly under {@code de.fachkraftimfokus} that holds a backing class
 * (a class named {@code …Process} with a {@code KEY}); every other package is shared. No rule may
 * pass because it found nothing to check.
 */
class ArchitectureTest {

  private static final String ROOT = "de.fachkraftimfokus";
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");
  /**
   * Packages that compose the processes rather than serve them: the demo data plays every process
   * as its users would, so it may use any process's public surface. Nothing depends on them.
   */
  private static final Set<String> COMPOSITION = Set.of("demo");
  private static final Pattern USER_CONSTANT = Pattern.compile("static final String [A-Z_]*USER[A-Z_]* = \"");

  private static JavaClasses production;
  private static JavaClasses tests;
  private static List<String> processPackages;
  private static List<String> sharedPackages;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages(ROOT);
    Set<String> all = new TreeSet<>();
    Set<String> processes = new TreeSet<>();
    for (JavaClass type : production) {
      String pkg = type.getPackageName();
      if (!pkg.startsWith(ROOT + ".")) {
        continue;
      }
      String top = pkg.substring(ROOT.length() + 1).split("\\.")[0];
      all.add(top);
      if (isBackingClass(type)) {
        processes.add(top);
      }
    }
    processPackages = List.copyOf(processes);
    sharedPackages = all.stream().filter(p -> !processes.contains(p) && !COMPOSITION.contains(p)).toList();
    assertThat(all).as("Kompositionspakete im Code").containsAll(COMPOSITION);
    assertThat(processPackages).as("Prozesspakete im Code").contains("advisorycase", "referral", "coordination",
        "jourfixe");
    assertThat(sharedPackages).as("gemeinsame Pakete im Code").contains("process", "identity", "contract");
  }

  static boolean isBackingClass(JavaClass type) {
    return type.getSimpleName().endsWith("Process") && type.getEnclosingClass().isEmpty()
        && type.getFields().stream().anyMatch(f -> f.getName().equals("KEY")
            && f.getModifiers().contains(JavaModifier.STATIC));
  }

  @Test
  @DisplayName("Gemeinsame Pakete hängen von keinem Prozesspaket ab")
  void sharedPackagesDoNotDependOnProcesses() {
    noClasses().that().resideInAnyPackage(packages(sharedPackages))
        .should().dependOnClassesThat().resideInAnyPackage(packages(processPackages))
        .check(production);
  }

  @Test
  @DisplayName("Von den Kompositionspaketen (Demodaten) hängt nichts ab")
  void nothingDependsOnComposition() {
    noClasses().that().resideOutsideOfPackages(packages(List.copyOf(COMPOSITION)))
        .should().dependOnClassesThat().resideInAnyPackage(packages(List.copyOf(COMPOSITION)))
        .check(production);
  }

  @Test
  @DisplayName("Prozesspakete nutzen voneinander nur die öffentliche Backing-Klasse und Services")
  void processesUseOnlyEachOthersPublicSurface() {
    for (String process : processPackages) {
      String own = ROOT + "." + process;
      List<String> others = processPackages.stream().filter(p -> !p.equals(process))
          .map(p -> ROOT + "." + p + "..").toList();
      classes().that().resideInAPackage(own + "..")
          .should().onlyDependOnClassesThat(publicSurfaceOrNotAnotherProcess(others))
          .check(production);
    }
  }

  @Test
  @DisplayName("Keine Zyklen zwischen den Paketen")
  void noCyclesBetweenPackages() {
    SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
  }

  @Test
  @DisplayName("Jedes Prozesspaket hat genau eine Backing-Klasse und genau eine Testklasse des Prozesses")
  void oneBackingClassAndOneProcessTestPerPackage() {
    Map<String, List<String>> problems = new TreeMap<>();
    for (String process : processPackages) {
      String pkg = ROOT + "." + process;
      List<String> backing = production.stream().filter(c -> c.getPackageName().equals(pkg))
          .filter(ArchitectureTest::isBackingClass).map(JavaClass::getSimpleName).toList();
      List<String> processTests = tests.stream().filter(c -> c.getPackageName().equals(pkg))
          .filter(c -> c.getSimpleName().endsWith("ProcessTest") && c.getEnclosingClass().isEmpty())
          .map(JavaClass::getSimpleName).toList();
      if (backing.size() != 1) {
        problems.put(process + " Backing-Klassen", backing);
      }
      if (processTests.size() != 1) {
        problems.put(process + " Prozesstests", processTests);
      }
    }
    assertThat(problems).as("je Prozesspaket genau eine Backing-Klasse und ein *ProcessTest").isEmpty();
  }

  @Test
  @DisplayName("Delegates und Listener sind Spring-Beans (delegateExpression), nie camunda:class")
  void delegatesAreBeans() {
    classes().that().implement(JavaDelegate.class).or().implement(ExecutionListener.class)
        .or().implement(TaskListener.class)
        .and().areNotInterfaces().and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .and().areNotAnonymousClasses().and().areTopLevelClasses()
        .should().beAnnotatedWith(Component.class).orShould().beMetaAnnotatedWith(Component.class)
        .check(production);
  }

  @Test
  @DisplayName("Kein Modell verwendet camunda:class (und die Modelle sind da)")
  void noModelUsesCamundaClass() throws IOException {
    Path models = Path.of("bpmn");
    assertThat(models).as("Modellordner bpmn/").isDirectory();
    List<Path> bpmn;
    try (Stream<Path> files = Files.walk(models)) {
      bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).toList();
    }
    assertThat(bpmn).as("BPMN-Modelle").isNotEmpty();
    for (Path file : bpmn) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).doesNotContain("camunda:class=");
    }
  }

  /**
   * Variable names, element ids, process keys and messages are spelled only in backing classes: an
   * engine call (getVariable, variableName, taskDefinitionKey, isWaitingAt, …) with a string literal
   * for such a name fails, in main and test code. Group ids are spelled only in {@link PartnerGroup}, in
   * main and test code (configuration defaults in annotations excepted, which Java wants as constants).
   * The time zone is spelled only in {@code calendar.WorkingDays}. JSON members of
   * the platform's own API and the keys of mail models are other contracts and not checked here.
   */
  @Test
  @DisplayName("Keine Variablen-, Element- oder Gruppennamen als Literal außerhalb ihrer Backing-Klasse")
  void noNameLiteralsOutsideTheirOwner() throws IOException {
    Pattern engineCall = Pattern.compile("\\b(?:get|set|remove)Variables?(?:Local)?\\(\"|\\bvariableName(?:In)?\\(\""
        + "|\\bvariableValue[A-Za-z]*\\(\"|\\btaskDefinitionKey\\(\"|\\bactivityId\\(\"|\\bisWaitingAt\\(\""
        + "|\\bhas(?:Not)?Passed\\(\"|\\bprocessDefinitionKey\\(\"|\\bstartProcessInstanceByKey\\(\""
        + "|\\bcreateMessageCorrelation\\(\"|\\bcorrelateMessage\\(\"|\\bstartBeforeActivity\\(\""
        + "|\\bhasDefinitionKey\\(\"");
    Set<String> groupIds = Arrays.stream(PartnerGroup.values()).map(PartnerGroup::id).collect(Collectors.toSet());
    Pattern literal = Pattern.compile("\"([a-z][a-z-]*)\"");
    List<String> found = new ArrayList<>();
    int scanned = 0;
    for (Path root : List.of(MAIN, TEST)) {
      List<Path> sources;
      try (Stream<Path> files = Files.walk(root)) {
        sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      }
      for (Path source : sources) {
        scanned++;
        boolean fixture = source.toString().contains("/models/fixtures/");
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).trim();
          if (line.startsWith("*") || line.startsWith("//")) {
            continue;
          }
          if (!fixture && engineCall.matcher(line).find()) {
            found.add(source + ":" + (i + 1) + " " + line);
          }
          // a demo user's id may equal its group's (user „weiterbildung“): declared as such, it is a user
          boolean demoUserIds = source.endsWith("DemoUser.java") && line.contains("new DemoUser(\"")
              || USER_CONSTANT.matcher(line).find();
          if (!fixture && !source.endsWith("PartnerGroup.java") && !line.contains("@DefaultValue")
              && !demoUserIds) {
            Matcher m = literal.matcher(line);
            while (m.find()) {
              if (groupIds.contains(m.group(1))) {
                found.add(source + ":" + (i + 1) + " Gruppe " + m.group(1));
              }
            }
          }
          if (line.contains("\"Europe/Berlin\"") && !source.endsWith("WorkingDays.java")) {
            found.add(source + ":" + (i + 1) + " Zeitzone (calendar.WorkingDays.ZONE)");
          }
        }
      }
    }
    assertThat(scanned).as("durchsuchte Quelltexte").isGreaterThan(100);
    assertThat(found).as("Namen als Literal").isEmpty();
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
}
