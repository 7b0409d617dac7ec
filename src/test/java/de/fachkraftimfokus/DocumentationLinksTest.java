package de.fachkraftimfokus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation stays true to the repository (issue 16). Plain JUnit, no Spring: it reads files.
 *
 * <ol>
 *   <li><b>Links.</b> Every relative link and image in {@code README.md} and {@code docs/**}{@code /*.md}
 *       names a file or folder of the repository: not outside it, not absolute, not under a folder
 *       that {@code .gitignore} keeps out of a clone. A {@code #fragment} into a Markdown file must be
 *       one of its headings, slugged the way GitHub does. Fenced code blocks and inline code are not links.</li>
 *   <li><b>Quick start.</b> Every command in the code blocks of the README's section „Schnellstart“ is
 *       one that {@code .ci/run} runs: a CI command with the same program whose words contain the
 *       README's words in the same order, where every further word of the CI command is an option
 *       ({@code -B}, {@code -ntp}, {@code -D…}, {@code -P…}). So {@code ./mvnw verify} is what CI's
 *       {@code ./mvnw -B -ntp verify -Dbrowser.tests.required=true} runs; {@code ./mvnw test} or
 *       {@code ./mvnw verify -DskipTests} is not. The only exceptions are listed in
 *       {@link #NOT_RUN_BY_CI}, each with the reason and the test CI runs instead, and must still be in
 *       the README (docs/development.md, „Documentation“).</li>
 * </ol>
 */
@DisplayName("Dokumentation: jeder Link führt zu einer Datei, der Schnellstart ist, was CI ausführt")
class DocumentationLinksTest {

  static final Path ROOT = Path.of("");
  static final int README_MAX_LINES = 200;

  /** A quick-start command CI cannot run as written, why, and the test CI runs in its place. */
  record NotRunByCi(String command, String reason, String provenBy) {}

  static final List<NotRunByCi> NOT_RUN_BY_CI = List.of(new NotRunByCi("./mvnw spring-boot:run",
      "starts the platform as a server that never ends; CI starts the same application with the same "
          + "models in the test suite instead",
      "src/test/java/de/fachkraftimfokus/PlatformStartsTest.java"));

  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");
  private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern INLINE_LINK = Pattern.compile("(!?)\\[([^\\]]*)]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[([^\\]]+)]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern HTML_LINK = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

  // ---------------------------------------------------------------------------------------------
  // The documentation of this repository

  @Test
  @DisplayName("Jeder relative Link und jedes Bild in README.md und docs/ führt zu einer Datei (Anker wie bei GitHub)")
  void everyRelativeLinkResolves() {
    List<Path> pages = pages(ROOT);
    assertThat(pages).as("README.md und die Seiten unter docs/").contains(Path.of("README.md"))
        .hasSizeGreaterThanOrEqualTo(10);
    Result result = checkLinks(ROOT, pages);
    assertThat(result.problems()).as("Links, die nicht zu einer Datei des Repositorys führen").isEmpty();
    assertThat(result.checked()).as("geprüfte relative Links (ein Test ohne Links prüft nichts)")
        .isGreaterThanOrEqualTo(50);
  }

  @Test
  @DisplayName("Die README bleibt kurz (höchstens " + README_MAX_LINES + " Zeilen; der Rest steht unter docs/)")
  void readmeIsShort() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve("README.md")).size())
        .as("Zeilen der README.md (Längeres gehört auf eine Seite unter docs/)").isLessThanOrEqualTo(README_MAX_LINES);
  }

  @Test
  @DisplayName("Jeder Befehl im Schnellstart der README ist einer, den .ci/run ausführt")
  void quickStartIsWhatCiRuns() {
    List<String> quickStart = quickStartCommands(read(ROOT.resolve("README.md")));
    List<String> ci = shellCommands(read(ROOT.resolve(".ci/run")));
    assertThat(quickStart).as("Befehle im Schnellstart der README").isNotEmpty();
    assertThat(ci).as("Befehle in .ci/run").anyMatch(command -> command.startsWith("./mvnw "));

    assertThat(commandsCiDoesNotRun(quickStart, ci, NOT_RUN_BY_CI))
        .as("Befehle im Schnellstart, die CI nie ausführt (Regel: siehe Klassenkommentar)").isEmpty();
    for (NotRunByCi exception : NOT_RUN_BY_CI) {
      assertThat(quickStart).as("Ausnahme „%s“ steht noch im Schnellstart (sonst hier streichen)", exception.command())
          .anySatisfy(command -> assertThat(words(command)).isEqualTo(words(exception.command())));
      assertThat(ROOT.resolve(exception.provenBy())).as("Test, den CI statt „%s“ ausführt", exception.command())
          .isRegularFile();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The checks fail on bad input (a check that cannot fail checks nothing)

  @Test
  @DisplayName("Die Link-Prüfung findet fehlende Dateien, falsche Anker, Links aus dem Repository und ignorierte Ordner")
  void linkCheckFindsBrokenLinks(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve(".gitignore"), "target/\n*.log\n");
    Files.createDirectories(repo.resolve("docs/adr"));
    Files.createDirectories(repo.resolve("target"));
    Files.writeString(repo.resolve("target/report.html"), "x");
    Files.writeString(repo.resolve("bild.png"), "x");
    Files.writeString(repo.resolve("docs/betrieb.md"), """
        # Betrieb

        ## Profil `prod` – mit PostgreSQL
        ## Profil `prod` – mit PostgreSQL
        <a id="eigener-anker"></a>
        """);
    Files.writeString(repo.resolve("docs/adr/0001-x.md"), """
        # ADR

        [gut](../betrieb.md#profil-prod--mit-postgresql-1) [gut](../../bild.png) [gut](../betrieb.md#eigener-anker)
        [falscher Anker](../betrieb.md#gibt-es-nicht) [fehlt](../fehlt.md)
        """);
    Files.writeString(repo.resolve("README.md"), """
        # Titel
        ![Bild](bild.png) [Anker hier](#titel) [Ordner](docs/adr/) [extern](https://example.org/x)
        [kaputt](docs/nicht-da.md) ![kaputtes Bild](docs/diagramm.png) [raus](../shared/DESIGN.md)
        [absolut](/docs/betrieb.md) [ignoriert](target/report.html) [falscher Anker hier](#kein-titel)
        [ref]: docs/auch-nicht-da.md
        `[kein Link](nirgends.md)`

        ```bash
        [auch kein Link](nirgends.md)
        ```
        """);

    Result result = checkLinks(repo, pages(repo));

    assertThat(result.problems()).hasSize(9).anySatisfy(p -> assertThat(p).contains("docs/nicht-da.md"))
        .anySatisfy(p -> assertThat(p).contains("docs/diagramm.png"))
        .anySatisfy(p -> assertThat(p).contains("../shared/DESIGN.md", "außerhalb"))
        .anySatisfy(p -> assertThat(p).contains("/docs/betrieb.md", "absolut"))
        .anySatisfy(p -> assertThat(p).contains("target/report.html", ".gitignore"))
        .anySatisfy(p -> assertThat(p).contains("#kein-titel"))
        .anySatisfy(p -> assertThat(p).contains("docs/auch-nicht-da.md"))
        .anySatisfy(p -> assertThat(p).contains("docs/adr/0001-x.md:4", "#gibt-es-nicht"))
        .anySatisfy(p -> assertThat(p).contains("../fehlt.md"))
        .noneSatisfy(p -> assertThat(p).contains("nirgends.md"));
    assertThat(result.checked()).isEqualTo(15);
  }

  @Test
  @DisplayName("Die Schnellstart-Prüfung weist Befehle ab, die CI nie ausführt")
  void quickStartCheckFindsCommandsCiNeverRuns() {
    String readme = """
        # Titel
        ## Schnellstart

        ```bash
        ./mvnw verify            # alle Tests
        $ ./mvnw verify -Ppostgres
        ./mvnw test              # führt CI nie aus
        ./mvnw verify -DskipTests
        npm ci && npm run lint
        ./mvnw \\
          spring-boot:run
        ```

        ## Danach
        ```bash
        ./mvnw clean  # kein Schnellstart mehr
        ```
        """;
    String ci = """
        #!/usr/bin/env bash
        # ./mvnw test  (ein Kommentar ist kein Befehl)
        if [ -f package.json ]; then
          npm ci --no-audit --no-fund
          npm run lint --if-present
        fi
        ./mvnw -B -ntp verify -Dbrowser.tests.required=true
        ./mvnw -B -ntp verify -Ppostgres -Dbrowser.tests.required=true
        """;
    List<String> quickStart = quickStartCommands(readme);
    assertThat(quickStart).containsExactly("./mvnw verify", "./mvnw verify -Ppostgres", "./mvnw test",
        "./mvnw verify -DskipTests", "npm ci", "npm run lint", "./mvnw spring-boot:run");

    assertThat(commandsCiDoesNotRun(quickStart, shellCommands(ci), List.of()))
        .containsExactly("./mvnw test", "./mvnw verify -DskipTests", "./mvnw spring-boot:run");
    assertThat(commandsCiDoesNotRun(quickStart, shellCommands(ci), NOT_RUN_BY_CI))
        .containsExactly("./mvnw test", "./mvnw verify -DskipTests");
    assertThat(quickStartCommands("# Titel\n## Sonstiges\n```bash\n./mvnw test\n```\n")).isEmpty();
  }

  @Test
  @DisplayName("Anker werden wie bei GitHub gebildet")
  void anchorsAreSluggedLikeGitHub() {
    assertThat(slugs(List.of(
        "# Fachkraft im Fokus – Prozessplattform",
        "## Beratungsfall und Weitervermittlung (`advisory-case`, `referral`)",
        "## Jour fixe (`jour-fixe`, Ziffer 2.2)",
        "### Überschneidungsregeln",
        "## Oberfläche: Tasklist, Cockpit, Admin – auf Deutsch",
        "## Was **abgewiesen** wird und [warum](x.md)",
        "## Tests",
        "## Tests")))
        .containsExactly("fachkraft-im-fokus--prozessplattform", "beratungsfall-und-weitervermittlung-advisory-case-referral",
            "jour-fixe-jour-fixe-ziffer-22", "überschneidungsregeln", "oberfläche-tasklist-cockpit-admin--auf-deutsch",
            "was-abgewiesen-wird-und-warum", "tests", "tests-1");
  }

  // ---------------------------------------------------------------------------------------------
  // Links

  record Result(List<String> problems, int checked) {}

  /** README.md and every Markdown page under docs/, relative to the repository. */
  static List<Path> pages(Path repo) {
    List<Path> pages = new ArrayList<>();
    if (Files.isRegularFile(repo.resolve("README.md"))) {
      pages.add(Path.of("README.md"));
    }
    Path docs = repo.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(file -> file.toString().endsWith(".md")).sorted()
            .forEach(file -> pages.add(repo.toAbsolutePath().relativize(file.toAbsolutePath())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  static Result checkLinks(Path repo, List<Path> pages) {
    Path root = repo.toAbsolutePath().normalize();
    List<String> ignored = ignoredFolders(root);
    Map<Path, Set<String>> anchors = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      Path file = root.resolve(page);
      List<String> lines = List.of(read(file).split("\n", -1));
      boolean inCode = false;
      String fence = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher fenceMatch = FENCE.matcher(line);
        if (fenceMatch.matches()) {
          String marker = fenceMatch.group(1);
          if (!inCode) {
            inCode = true;
            fence = marker;
            continue;
          }
          if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
              && fenceMatch.group(2).isEmpty()) {
            inCode = false;
            continue;
          }
        }
        if (inCode) {
          continue;
        }
        String text = INLINE_CODE.matcher(line).replaceAll("");
        for (String target : targets(text)) {
          if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
          }
          if (target.isEmpty() || SCHEME.matcher(target).matches()) {
            continue;
          }
          checked++;
          String where = page.toString().replace('\\', '/') + ":" + (i + 1) + ": " + target;
          String problem = problemOf(root, file, target, ignored, anchors);
          if (problem != null) {
            problems.add(where + " → " + problem);
          }
        }
      }
    }
    return new Result(problems, checked);
  }

  private static List<String> targets(String line) {
    List<String> targets = new ArrayList<>();
    Matcher inline = INLINE_LINK.matcher(line);
    while (inline.find()) {
      targets.add(inline.group(3));
    }
    Matcher reference = REFERENCE_DEFINITION.matcher(line);
    if (reference.find()) {
      targets.add(reference.group(2));
    }
    Matcher html = HTML_LINK.matcher(line);
    while (html.find()) {
      targets.add(html.group(1));
    }
    return targets;
  }

  /** What is wrong with the link target, or null when it resolves. */
  private static String problemOf(Path root, Path page, String target, List<String> ignored,
      Map<Path, Set<String>> anchors) {
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? null : target.substring(hash + 1);
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    pathPart = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (pathPart.startsWith("/")) {
      return "absoluter Pfad: auf GitHub und im Klon führt er ins Leere, bitte relativ zur Seite angeben";
    }
    Path resolved = pathPart.isEmpty() ? page : page.getParent().resolve(pathPart).normalize();
    if (!resolved.startsWith(root)) {
      return "führt außerhalb des Repositorys: im Klon gibt es diese Datei nicht";
    }
    String relative = root.relativize(resolved).toString().replace('\\', '/');
    for (String folder : ignored) {
      if (relative.equals(folder) || relative.startsWith(folder + "/")) {
        return "liegt unter " + folder + "/, das .gitignore aus jedem Klon heraushält";
      }
    }
    if (!Files.exists(resolved)) {
      return "Datei fehlt";
    }
    if (fragment != null && !fragment.isEmpty() && resolved.toString().endsWith(".md")) {
      Set<String> known = anchors.computeIfAbsent(resolved, DocumentationLinksTest::anchorsOf);
      String wanted = URLDecoder.decode(fragment, StandardCharsets.UTF_8).toLowerCase();
      if (!known.contains(wanted)) {
        return "Anker #" + fragment + " gibt es in " + relative + " nicht (Überschriften dort: " + known + ")";
      }
    }
    return null;
  }

  /** Folders .gitignore excludes (lines such as {@code target/}); a link into them breaks in a clone. */
  private static List<String> ignoredFolders(Path root) {
    Path gitignore = root.resolve(".gitignore");
    if (!Files.isRegularFile(gitignore)) {
      return List.of();
    }
    return read(gitignore).lines().map(String::trim).filter(line -> line.endsWith("/") && !line.startsWith("#"))
        .map(line -> line.replaceAll("^/|/$", "")).filter(line -> !line.contains("*")).toList();
  }

  private static Set<String> anchorsOf(Path markdown) {
    List<String> lines = List.of(read(markdown).split("\n", -1));
    Set<String> anchors = new LinkedHashSet<>(slugs(headings(lines)));
    for (String line : lines) {
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        anchors.add(html.group(1).toLowerCase());
      }
    }
    return anchors;
  }

  private static List<String> headings(List<String> lines) {
    List<String> headings = new ArrayList<>();
    boolean inCode = false;
    for (String line : lines) {
      if (FENCE.matcher(line).matches()) {
        inCode = !inCode;
      } else if (!inCode && HEADING.matcher(line).matches()) {
        headings.add(line);
      }
    }
    return headings;
  }

  /**
   * GitHub's anchors for the headings, in order: the heading's text (links and images by their text,
   * code without backticks, no emphasis), lower case, every character that is not a letter, digit,
   * space, hyphen or underscore removed, each space a hyphen; a repeated anchor gets -1, -2, ….
   */
  static List<String> slugs(List<String> headingLines) {
    List<String> slugs = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : headingLines) {
      Matcher heading = HEADING.matcher(line);
      if (!heading.matches()) {
        continue;
      }
      String text = heading.group(2)
          .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
          .replace("`", "")
          .replace("*", "")
          .replaceAll("<[^>]+>", "");
      String slug = text.toLowerCase().replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "").replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      slugs.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return slugs;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /** The commands in the code blocks of the README's section „Schnellstart“ (a level-2 heading). */
  static List<String> quickStartCommands(String readme) {
    List<String> commands = new ArrayList<>();
    boolean inSection = false;
    boolean inCode = false;
    StringBuilder block = new StringBuilder();
    for (String line : readme.split("\n", -1)) {
      if (!inCode && line.startsWith("## ")) {
        inSection = line.substring(3).trim().startsWith("Schnellstart");
        continue;
      }
      if (FENCE.matcher(line).matches()) {
        if (inCode && inSection) {
          commands.addAll(shellCommands(block.toString()));
        }
        inCode = !inCode;
        block.setLength(0);
        continue;
      }
      if (inCode) {
        block.append(line).append('\n');
      }
    }
    return commands;
  }

  /**
   * The commands of a shell text: comments dropped, continued lines joined, a leading prompt
   * ({@code $ }) removed, lines split at {@code &&}, {@code ||} and {@code ;}; words separated by
   * single spaces. Shell keywords ({@code if … then}, {@code fi}) are not commands.
   */
  static List<String> shellCommands(String script) {
    List<String> commands = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (String raw : script.split("\n", -1)) {
      String line = withoutComment(raw).strip();
      if (line.endsWith("\\")) {
        joined.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      joined.append(line);
      String full = joined.toString().strip();
      joined.setLength(0);
      if (full.startsWith("$ ")) {
        full = full.substring(2);
      }
      for (String part : full.split("&&|\\|\\||;")) {
        String command = String.join(" ", words(part));
        if (command.isEmpty() || command.matches("(if|then|else|elif|fi|do|done|for|while)( .*)?")
            || command.startsWith("[")) {
          continue;
        }
        commands.add(command);
      }
    }
    return commands;
  }

  private static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static List<String> words(String command) {
    return List.of(command.strip().split("\\s+")).stream().filter(word -> !word.isEmpty()).toList();
  }

  /** The quick-start commands no CI command runs (rule: see the class comment), minus the exceptions. */
  static List<String> commandsCiDoesNotRun(List<String> quickStart, List<String> ci, List<NotRunByCi> exceptions) {
    List<String> notRun = new ArrayList<>();
    for (String command : quickStart) {
      List<String> wanted = words(command);
      boolean excepted = exceptions.stream().anyMatch(e -> words(e.command()).equals(wanted));
      if (!excepted && ci.stream().noneMatch(run -> runs(words(run), wanted))) {
        notRun.add(command);
      }
    }
    return notRun;
  }

  /** The CI command runs the README's: same program, the README's words in order, only options besides. */
  static boolean runs(List<String> ci, List<String> readme) {
    if (ci.isEmpty() || readme.isEmpty() || !ci.get(0).equals(readme.get(0))) {
      return false;
    }
    int next = 1;
    for (String word : ci.subList(1, ci.size())) {
      if (next < readme.size() && word.equals(readme.get(next))) {
        next++;
      } else if (!word.startsWith("-")) {
        return false;
      }
    }
    return next == readme.size();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
