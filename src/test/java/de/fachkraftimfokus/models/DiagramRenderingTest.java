package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures in docs/diagrams are the current models: each BPMN and each DMN decision table is
 * re-rendered with bpmn-js/dmn-js in headless Chromium and compared with the committed SVG. With
 * {@code -Ddiagrams.update=true} the pictures are (re)written instead.
 *
 * <p>Skipped with a plain message where node_modules or Chromium is missing, unless
 * {@code browser.tests.required=true} (CI).
 */
class DiagramRenderingTest {

  static final Path DIAGRAMS = Path.of("docs/diagrams");
  static final String HOW_TO_UPDATE = "scripts/render-diagrams.sh (= npm run render, = ./mvnw test -Dtest=DiagramRenderingTest -Ddiagrams.update=true) ausführen und docs/diagrams/ mit dem Modell committen";

  private static DiagramRenderer renderer;

  @BeforeAll
  static void startRenderer() {
    String missing = DiagramRenderer.missingPrerequisites();
    if (missing != null) {
      if (Boolean.getBoolean("browser.tests.required")) {
        throw new IllegalStateException("Diagramme können nicht gerendert werden: " + missing);
      }
      Assumptions.abort("Diagramme nicht geprüft: " + missing);
    }
    renderer = new DiagramRenderer();
  }

  @AfterAll
  static void stopRenderer() {
    if (renderer != null) {
      renderer.close();
    }
  }

  @Test
  @DisplayName("docs/diagrams zeigt jedes Modell aus bpmn/ so, wie es jetzt ist")
  void committedPicturesMatchTheModels() throws IOException {
    boolean update = Boolean.getBoolean("diagrams.update");
    List<Path> models = new ArrayList<>(ModelValidator.files(ModelValidationTest.MODELS, ".bpmn"));
    models.addAll(ModelValidator.files(ModelValidationTest.MODELS, ".dmn"));
    List<String> problems = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    for (Path model : models) {
      if (model.toString().endsWith(".bpmn")) {
        // a picture of a broken layout would lie as much as a stale one
        try {
          new LayoutCheck(ModelValidator.label(model), org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(model.toFile())).check()
              .forEach(f -> problems.add(f.toString()));
        } catch (RuntimeException e) {
          problems.add(ModelValidator.label(model) + ": kein gültiges BPMN (" + ModelValidator.rootMessage(e) + ")");
        }
      }
      List<DiagramRenderer.Picture> pictures;
      try {
        pictures = renderer.render(model);
      } catch (RuntimeException e) {
        problems.add(ModelValidator.label(model) + ": lässt sich nicht rendern (" + e.getMessage() + ") → im Modeler öffnen und prüfen");
        continue;
      }
      for (DiagramRenderer.Picture picture : pictures) {
        expected.add(picture.name() + ".svg");
        expected.add(picture.name() + ".png");
        Path svg = DIAGRAMS.resolve(picture.name() + ".svg");
        Path png = DIAGRAMS.resolve(picture.name() + ".png");
        if (update) {
          Files.createDirectories(DIAGRAMS);
          Files.writeString(svg, picture.svg(), StandardCharsets.UTF_8);
          Files.write(png, picture.png());
          System.out.println("[diagrams] geschrieben: " + svg + ", " + png);
        } else if (!Files.exists(svg) || !Files.exists(png)) {
          problems.add(svg + " fehlt für " + ModelValidator.label(model));
        } else if (!DiagramRenderer.comparable(Files.readString(svg, StandardCharsets.UTF_8)).equals(DiagramRenderer.comparable(picture.svg()))) {
          problems.add(svg + " zeigt nicht mehr " + ModelValidator.label(model) + " (Modell geändert, Bild nicht neu erzeugt)");
        }
      }
    }
    if (Files.isDirectory(DIAGRAMS)) {
      try (Stream<Path> files = Files.list(DIAGRAMS)) {
        for (Path stale : files.filter(p -> p.toString().endsWith(".svg") || p.toString().endsWith(".png")).sorted().toList()) {
          if (!expected.contains(stale.getFileName().toString())) {
            if (update) {
              Files.delete(stale);
              System.out.println("[diagrams] gelöscht (kein Modell mehr): " + stale);
            } else {
              problems.add(stale + " gehört zu keinem Modell mehr");
            }
          }
        }
      }
    }
    assertThat(problems)
        .withFailMessage(() -> "Die Diagrammbilder sind veraltet:\n  • " + String.join("\n  • ", problems) + "\n→ " + HOW_TO_UPDATE)
        .isEmpty();
  }

  @Test
  @DisplayName("Prüfung der Prüfung: zweimal gerendert ist gleich, ein geändertes Modell ergibt ein anderes Bild")
  void renderingIsStableAndSensitive(@TempDir Path temp) throws IOException {
    Path good = ModelFixtureTest.FIXTURES.resolve("good/bpmn/fixture-case.bpmn");
    DiagramRenderer.Picture first = renderer.render(good).get(0);
    DiagramRenderer.Picture second = renderer.render(good).get(0);
    assertThat(second.svg()).isEqualTo(first.svg());
    assertThat(DiagramRenderer.comparable(first.svg())).contains(">Clearinggesprächführen<", ">Regionbestimmen<");
    assertThat(first.png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    Path moved = temp.resolve("fixture-case.bpmn");
    Files.writeString(moved, Files.readString(good).replace("Clearinggespräch führen", "Clearing führen"));
    assertThat(renderer.render(moved).get(0).svg()).isNotEqualTo(first.svg());

    Path dmn = ModelFixtureTest.FIXTURES.resolve("good/bpmn/fixture-region.dmn");
    List<DiagramRenderer.Picture> tables = renderer.render(dmn);
    assertThat(tables).extracting(DiagramRenderer.Picture::name).containsExactly("fixture-region");
    assertThat(renderer.render(dmn).get(0).svg()).isEqualTo(tables.get(0).svg());
    assertThat(tables.get(0).svg()).contains("Landkreis", "Stendal gehört zur Altmark.");
    Path changedRule = temp.resolve("fixture-region.dmn");
    Files.writeString(changedRule, Files.readString(dmn).replace("\"altmark\"", "\"magdeburg\""));
    assertThat(renderer.render(changedRule).get(0).svg()).isNotEqualTo(tables.get(0).svg());
    Path artifacts = Files.createDirectories(Path.of("target/diagram-fixtures"));
    Files.write(artifacts.resolve("fixture-case.png"), first.png());
    Files.writeString(artifacts.resolve("fixture-case.svg"), first.svg());
    Files.write(artifacts.resolve("fixture-region.png"), tables.get(0).png());
    Files.writeString(artifacts.resolve("fixture-region.svg"), tables.get(0).svg());
    System.out.println("[diagrams] " + tables.stream().map(p -> p.name() + ": " + p.png().length + " Bytes PNG").collect(Collectors.joining(", ")));
  }
}
