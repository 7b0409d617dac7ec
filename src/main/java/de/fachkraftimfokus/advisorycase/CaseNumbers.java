package de.fachkraftimfokus.advisorycase;

import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Gives each advisory case its number {@code BF-<year>-<5 digits>}, counting per year without gaps.
 * Runs in the starting transaction: the year's row stays locked until the start commits.
 */
@Service
public class CaseNumbers {

  private final JdbcTemplate jdbc;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next() {
    int year = Year.now(de.fachkraftimfokus.calendar.WorkingDays.ZONE).getValue();
    return "BF-%d-%05d".formatted(year, nextNumber(year));
  }

  private int nextNumber(int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (jdbc.update("UPDATE fkif_case_number SET last_number = last_number + 1 WHERE number_year = ?", year) == 1) {
        return jdbc.queryForObject("SELECT last_number FROM fkif_case_number WHERE number_year = ?", Integer.class, year);
      }
      try {
        jdbc.update("INSERT INTO fkif_case_number (number_year, last_number) VALUES (?, 1)", year);
        return 1;
      } catch (DuplicateKeyException concurrentFirstCaseOfTheYear) {
        // another start created the year's row meanwhile: take the next number from it
      }
    }
    throw new IllegalStateException("Keine Fallnummer für " + year + " vergeben");
  }
}
