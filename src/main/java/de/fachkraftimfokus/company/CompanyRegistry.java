package de.fachkraftimfokus.company;

import de.fachkraftimfokus.calendar.WorkingDays;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;

/**
 * The company registry: one row per company, found again however its name is spelled (DESIGN.md
 * §2.1 step 1). A company is identified by its normalised name and its postcode.
 *
 * <p>Runs inside the caller's transaction (the engine's Spring-managed one in delegates). Two
 * transactions registering the same new company at once both end up with the same row: on
 * PostgreSQL through {@code INSERT ... ON CONFLICT DO NOTHING} (a failed INSERT would abort the
 * whole transaction there), on H2 by catching the duplicate key (H2 keeps the transaction usable).
 */
@Service
public class CompanyRegistry {

  /** Longest company name the registry keeps. */
  public static final int MAX_NAME = 300;

  private static final String COLUMNS =
      "id, name, normalized_name, postcode, district, sector, size_band, created_at";

  private static final RowMapper<Company> ROW = (rs, n) -> new Company(
      rs.getLong("id"), rs.getString("name"), rs.getString("normalized_name"), rs.getString("postcode"),
      rs.getString("district"), rs.getString("sector"), rs.getString("size_band"),
      rs.getTimestamp("created_at").toInstant());

  /**
   * Legal forms as token sequences (after lower-casing, umlaut folding and punctuation removal),
   * longest first, stripped from the end of a name as often as they occur.
   */
  private static final List<List<String>> LEGAL_FORMS = legalForms(
      "gmbh und co kgaa", "gmbh und co kg", "gmbh co kg", "ag und co kg", "ag co kg", "ug und co kg",
      "ug haftungsbeschraenkt und co kg", "se und co kg", "gesellschaft mit beschraenkter haftung",
      "ug haftungsbeschraenkt", "unternehmergesellschaft haftungsbeschraenkt", "g m b h", "gmbh", "mbh",
      "kgaa", "ag", "aktiengesellschaft", "kg", "kommanditgesellschaft", "ohg", "e k", "ek", "e kfm",
      "e kfr", "e kffr", "e v", "ev", "e g", "eg", "gbr", "ug", "se", "partg mbb", "partg", "mbb",
      "und co kg", "und co", "co kg", "co", "ltd", "inc");

  private static final List<String> LEADING_WORDS = List.of("firma", "fa");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  CompanyRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The company with this name (however spelled) and postcode; registered now if new. */
  public Company findOrCreate(CompanyData data) {
    if (data == null || data.name() == null || data.name().isBlank()) {
      throw new IllegalArgumentException("Name des Unternehmens fehlt");
    }
    if (data.postcode() == null || data.postcode().isBlank()) {
      throw new IllegalArgumentException("Postleitzahl des Unternehmens fehlt");
    }
    if (data.name().trim().length() > MAX_NAME) {
      throw new IllegalArgumentException("Name des Unternehmens ist länger als " + MAX_NAME + " Zeichen");
    }
    String normalized = normalizeName(data.name());
    String postcode = data.postcode().trim();
    Optional<Company> existing = findByKey(normalized, postcode);
    if (existing.isPresent()) {
      return existing.get();
    }
    Object[] values = {data.name().trim(), normalized, postcode, data.district(), data.sector(),
        data.sizeBand(), Timestamp.from(WorkingDays.now().toInstant())};
    String insert = "INSERT INTO fkif_company (name, normalized_name, postcode, district, sector, size_band, created_at)"
        + " VALUES (?,?,?,?,?,?,?)";
    if (isPostgres()) {
      // waits for a concurrent inserter of the same key, then does nothing if it committed
      jdbc.update(insert + " ON CONFLICT (normalized_name, postcode) DO NOTHING", values);
    } else {
      try {
        jdbc.update(insert, values);
      } catch (DuplicateKeyException registeredConcurrently) {
        // the other transaction committed first; its row is read below
      }
    }
    return findByKey(normalized, postcode).orElseThrow(() -> new IllegalStateException(
        "Unternehmen " + normalized + " / " + postcode + " ließ sich nicht registrieren"));
  }

  public Optional<Company> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM fkif_company WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** The registered company with this name (however spelled) and postcode, without registering it. */
  public Optional<Company> findByName(String name, String postcode) {
    if (name == null || postcode == null) {
      return Optional.empty();
    }
    return findByKey(normalizeName(name), postcode.trim());
  }

  private Optional<Company> findByKey(String normalizedName, String postcode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM fkif_company WHERE normalized_name = ? AND postcode = ?",
        ROW, normalizedName, postcode).stream().findFirst();
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try {
        String product = JdbcUtils.extractDatabaseMetaData(
            jdbc.getDataSource(), metaData -> metaData.getDatabaseProductName());
        known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
      } catch (Exception e) {
        throw new IllegalStateException("Datenbankprodukt nicht erkennbar", e);
      }
      postgres = known;
    }
    return known;
  }

  /**
   * The name as the registry compares it: lower case, umlauts folded (ä → ae, ß → ss, other
   * accents dropped), punctuation and blanks removed, legal-form suffixes (GmbH, GmbH &amp; Co. KG,
   * AG, KG, OHG, e.K., e.V., UG (haftungsbeschränkt), mbH, …) and a leading "Firma" dropped.
   * "Müller Bau GmbH", "MUELLER-BAU gmbh" and "Firma Müller Bau" all become {@code muellerbau}.
   */
  public static String normalizeName(String name) {
    if (name == null) {
      return "";
    }
    String folded = name.toLowerCase(Locale.GERMAN)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        .replace("&", " und ").replace("+", " und ");
    folded = COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    List<String> tokens = new ArrayList<>(Arrays.asList(NON_ALPHANUMERIC.matcher(folded).replaceAll(" ").trim().split(" ")));
    tokens.removeIf(String::isEmpty);
    List<String> all = List.copyOf(tokens);
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (List<String> form : LEGAL_FORMS) {
        if (tokens.size() > form.size() && tokens.subList(tokens.size() - form.size(), tokens.size()).equals(form)) {
          tokens.subList(tokens.size() - form.size(), tokens.size()).clear();
          stripped = true;
          break;
        }
      }
    }
    if (tokens.size() > 1 && LEADING_WORDS.contains(tokens.get(0))) {
      tokens.remove(0);
    }
    return String.join("", tokens.isEmpty() ? all : tokens);
  }

  private static List<List<String>> legalForms(String... forms) {
    return Arrays.stream(forms).map(f -> List.of(f.split(" "))).toList();
  }
}
