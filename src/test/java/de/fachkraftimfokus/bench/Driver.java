package de.fachkraftimfokus.bench;

import de.fachkraftimfokus.bench.Workload.Step;
import de.fachkraftimfokus.bench.Workload.Typed;
import java.util.Map;

/**
 * How the benchmark talks to the platform: through the REST API as Tasklist does, or through the
 * Java API in the same JVM. Both find each task by a task query first, claim it and submit its form.
 */
interface Driver {

  /**
   * How long a driver waits before it asks again for a task that is not there yet (a referral's
   * first task comes after the asynchronous notification). Only the platform waits so; at 20 ms the
   * wait alone added about 10 ms per referral on average, more than the job took.
   */
  long POLL_MILLIS = 5;

  /** Starts the workload's process (or its twin), returns how the instance's tasks are found. */
  Instance start(Workload workload, boolean twin);

  /** Finds the step's task, claims and completes it; returns the completion's time in nanoseconds. */
  long complete(Instance instance, Step step, String taskKey);

  /**
   * A started instance: its id, and its business key when the platform gave one (a case's tasks live
   * in the instances it calls too, found by the business key's prefix).
   */
  record Instance(String id, String businessKey) {}

  /** The values as the Java API takes them (Json as a Spin value, numbers and flags as they are). */
  static Map<String, Object> javaValues(Map<String, Typed> values) {
    Map<String, Object> java = new java.util.HashMap<>();
    values.forEach((name, typed) -> java.put(name, switch (typed.type()) {
      case "Json" -> org.camunda.spin.plugin.variable.SpinValues.jsonValue((String) typed.value()).create();
      default -> typed.value();
    }));
    return java;
  }
}
