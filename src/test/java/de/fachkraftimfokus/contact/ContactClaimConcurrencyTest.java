package de.fachkraftimfokus.contact;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.company.Company;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
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
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The double-approach guard under load: many cases start for the same new company at the same
 * moment, each in its own transaction (as concurrent process starts would). Exactly one may pass.
 */
@PlatformTest
@DisplayName("Doppelansprache-Prüfung: gleichzeitige Fälle für dasselbe Unternehmen – genau einer kommt durch")
class ContactClaimConcurrencyTest {

  static final int THREADS = 8;

  @Autowired ContactRegister register;
  @Autowired CompanyRegistry companies;
  @Autowired TransactionTemplate transaction;

  @RepeatedTest(3)
  @DisplayName("Unternehmen schon registriert, viele gleichzeitige Prüfungen mit verschiedenen Referenzen: genau eine übernimmt den Kontakt")
  void exactlyOneClaimsForRegisteredCompany() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    companies.findOrCreate(companyData(unique));
    race(unique);
  }

  @RepeatedTest(3)
  @DisplayName("Neues Unternehmen, gleichzeitig von vielen Fällen registriert und geprüft: genau einer übernimmt den Kontakt")
  void exactlyOneClaimsForNewCompany() throws Exception {
    race(UUID.randomUUID().toString().substring(0, 8));
  }

  private static CompanyData companyData(String unique) {
    return new CompanyData("Harzer Maschinenbau " + unique + " GmbH", "38855", District.HARZ.id(), "C", "50-249");
  }

  private void race(String unique) throws Exception {
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<ClaimResult>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String reference = "BF-2026-" + unique + "-" + i;
        String partner = i % 2 == 0 ? PartnerGroup.NETWORK_KMU.id() : PartnerGroup.PFIFF.id();
        results.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return transaction.execute(status -> {
            // the case registers the company in the same transaction, as the process does
            Company company = companies.findOrCreate(companyData(unique));
            return register.claimOrReportConflicts(company.id(), partner, Region.HARZ.id(), reference,
                "Clearing", "test", register.doubleApproachWindow());
          });
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<ClaimResult> outcomes = new ArrayList<>();
      for (Future<ClaimResult> result : results) {
        outcomes.add(result.get(120, TimeUnit.SECONDS));
      }

      assertThat(outcomes).filteredOn(ClaimResult::claimed).hasSize(1);
      assertThat(outcomes).filteredOn(r -> !r.claimed())
          .hasSize(THREADS - 1)
          .allSatisfy(r -> assertThat(r.conflicts()).hasSize(1));
      long companyId = companies.findByName("Harzer Maschinenbau " + unique, "38855").orElseThrow().id();
      assertThat(register.activeFor(companyId)).hasSize(1);
      String winner = register.activeFor(companyId).get(0).reference();
      assertThat(outcomes).filteredOn(r -> !r.claimed())
          .allSatisfy(r -> assertThat(r.conflicts().get(0).reference()).isEqualTo(winner));
    } finally {
      pool.shutdownNow();
    }
  }
}
