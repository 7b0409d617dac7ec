package de.fachkraftimfokus.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.support.PlatformTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one per-year numbering under concurrency, on H2 and (with {@code -Ppostgres}) PostgreSQL: the
 * first numbers of a new year, taken by sixteen transactions at once.
 */
@PlatformTest
@DisplayName("Jahresnummern: gleichzeitige erste Nummern eines neuen Jahres")
class YearlyNumbersTest {

  private static final int PARALLEL = 16;

  @Autowired YearlyNumbers numbers;
  @Autowired RuntimeService runtime;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("16 gleichzeitige erste Nummern einer Reihe und eines Jahres: 1 bis 16, keine doppelt, kein Fehler")
  void sixteenFirstNumbers() throws Exception {
    List<Integer> taken = inParallel(() -> numbers.next("TS", 2998));
    assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PARALLEL).boxed().toList());
  }

  @Test
  @DisplayName("16 gleichzeitige erste Beratungsfälle eines neuen Jahres starten alle, mit verschiedenen Fallnummern")
  void sixteenFirstCasesOfAYear() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2045, 1, 2).atTime(8, 0).atZone(WorkingDays.ZONE).toInstant()));
    List<String> keys = inParallel(() -> runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY,
        startVariables()).getBusinessKey());
    assertThat(keys).doesNotHaveDuplicates().hasSize(PARALLEL).allMatch(key -> key.startsWith("BF-2045-"));
    assertThat(keys).contains("BF-2045-00001", "BF-2045-00016");
  }

  private static <T> List<T> inParallel(Callable<T> work) throws Exception {
    CountDownLatch ready = new CountDownLatch(PARALLEL);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return work.call();
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    String name = "Neujahr Metallbau " + java.util.UUID.randomUUID().toString().substring(0, 8) + " GmbH";
    AdvisoryCaseProcess.Var.COMPANY_NAME.put(variables, name);
    AdvisoryCaseProcess.Var.COMPANY_POSTCODE.put(variables, "39104");
    AdvisoryCaseProcess.Var.DISTRICT.put(variables, "magdeburg");
    AdvisoryCaseProcess.Var.SECTOR.put(variables, "C");
    AdvisoryCaseProcess.Var.SIZE_BAND.put(variables, "10-49");
    AdvisoryCaseProcess.Var.CONTACT_NAME.put(variables, "Erika Beispiel");
    AdvisoryCaseProcess.Var.CONTACT_EMAIL.put(variables, "e.beispiel@example.org");
    AdvisoryCaseProcess.Var.INQUIRY_SOURCE.put(variables, "UNTERNEHMEN");
    AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.put(variables, "Sucht Auszubildende");
    AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.put(variables, false);
    return variables;
  }
}
