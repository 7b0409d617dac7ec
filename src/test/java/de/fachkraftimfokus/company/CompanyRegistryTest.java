package de.fachkraftimfokus.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.support.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
@DisplayName("Unternehmensregister: ein Unternehmen ist eine Zeile, wie auch immer es geschrieben wird")
class CompanyRegistryTest {

  @Autowired CompanyRegistry registry;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("Schreibweisen desselben Namens mit derselben PLZ finden dieselbe Zeile; die erste Schreibweise bleibt")
  void spellingVariantsFindTheSameCompany() {
    String stem = "Schäfer Elektro " + unique();
    Company first = registry.findOrCreate(new CompanyData(stem + " GmbH", "39104", "magdeburg", "F", "10-49"));
    Company second = registry.findOrCreate(new CompanyData(stem.toUpperCase().replace("Ä", "AE") + " gmbh & co. kg",
        " 39104 ", "magdeburg", "F", "10-49"));
    Company third = registry.findOrCreate(new CompanyData("Firma  " + stem.replace(" ", "-"), "39104", null, null, null));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(third.id()).isEqualTo(first.id());
    assertThat(second.name()).isEqualTo(stem + " GmbH");
    assertThat(first.district()).isEqualTo("magdeburg");
    assertThat(first.sector()).isEqualTo("F");
    assertThat(first.sizeBand()).isEqualTo("10-49");
    assertThat(first.createdAt()).isNotNull();
    assertThat(registry.find(first.id())).contains(first);
    assertThat(registry.findByName(stem + " AG", "39104")).contains(first);
    assertThat(rowsFor(first.normalizedName())).isEqualTo(1);
  }

  @Test
  @DisplayName("Derselbe Name an einer anderen PLZ ist ein anderes Unternehmen")
  void otherPostcodeIsAnotherCompany() {
    String name = "Bäckerei Kühn " + unique() + " e.K.";
    Company halle = registry.findOrCreate(new CompanyData(name, "06108", "halle", "C", "1-9"));
    Company dessau = registry.findOrCreate(new CompanyData(name, "06844", "dessau-rosslau", "C", "1-9"));
    assertThat(dessau.id()).isNotEqualTo(halle.id());
    assertThat(rowsFor(halle.normalizedName())).isEqualTo(2);
  }

  @Test
  @DisplayName("Unvollständige Angaben werden mit deutscher Meldung abgewiesen; unbekannte Kennung → leer")
  void refusesIncompleteData() {
    assertThatThrownBy(() -> registry.findOrCreate(new CompanyData(" ", "39104", "magdeburg", null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name");
    assertThatThrownBy(() -> registry.findOrCreate(new CompanyData("Muster GmbH", null, "magdeburg", null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Postleitzahl");
    assertThatThrownBy(() -> registry.findOrCreate(new CompanyData("x".repeat(CompanyRegistry.MAX_NAME + 1), "39104",
        "magdeburg", null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("länger");
    assertThat(registry.find(-1)).isEmpty();
  }

  @Test
  @DisplayName("Gleichzeitige Registrierungen desselben neuen Unternehmens aus vielen Transaktionen ergeben eine Zeile und keinen Fehler")
  void concurrentRegistrationsMakeOneRow() throws Exception {
    int threads = 8;
    String stem = "Gleichzeitig Metallbau " + unique();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> ids = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String spelling = i % 2 == 0 ? stem + " GmbH" : stem.toLowerCase() + " g.m.b.h.";
        ids.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return transaction.execute(status -> {
            Company company = registry.findOrCreate(new CompanyData(spelling, "38820", "harz", "C", "50-249"));
            // keep the transaction open a moment, so the others really run into the uncommitted row
            sleep(50);
            return company.id();
          });
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<Long> results = new ArrayList<>();
      for (Future<Long> id : ids) {
        results.add(id.get(60, TimeUnit.SECONDS));
      }
      assertThat(results).hasSize(threads).containsOnly(results.get(0));
      assertThat(rowsFor(CompanyRegistry.normalizeName(stem))).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private int rowsFor(String normalizedName) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM fkif_company WHERE normalized_name = ?", Integer.class,
        normalizedName);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
