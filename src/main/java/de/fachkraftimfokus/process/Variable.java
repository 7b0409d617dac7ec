package de.fachkraftimfokus.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One process variable: its name and Java type, reading and writing itself. Each process's backing
 * class declares its variables as such handles ({@code AdvisoryCaseProcess.Var.REGION}); delegates,
 * listeners, controllers, seeders and tests read {@code REGION.get(execution)} and write
 * {@code REGION.set(execution, "harz")} — nobody else spells a variable's name or casts its value.
 *
 * <p>How values are kept: texts, numbers and yes/no as they are; days as ISO text ({@code 2031-09-01},
 * as the forms' date fields send them); lists and records as {@code Json} variables (the form
 * Tasklist's checklists and dynamic lists read and write, no Java serialization). Reading accepts
 * what Tasklist and the engine REST API deliver for the same shape (a checklist arrives as Spin JSON).
 * This class and {@link JsonVariables} are the only readers and writers of list variables.
 *
 * @param <T> the Java type of the value
 */
public final class Variable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private Variable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = Objects.requireNonNull(name);
    this.reader = reader;
    this.writer = writer;
  }

  public static Variable<String> text(String name) {
    return new Variable<>(name, value -> value == null ? null : value.toString(), value -> value);
  }

  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, value -> value instanceof Boolean flag ? flag
        : value == null ? null : Boolean.valueOf(value.toString()), value -> value);
  }

  public static Variable<Long> number(String name) {
    return new Variable<>(name, value -> value instanceof Number number ? Long.valueOf(number.longValue())
        : value == null ? null : Long.valueOf(value.toString().trim()), value -> value);
  }

  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, value -> value instanceof Number number ? Integer.valueOf(number.intValue())
        : value == null ? null : Integer.valueOf(value.toString().trim()), value -> value);
  }

  /** A point in time kept as a Date (due dates and timers of the models read it). */
  public static Variable<Date> instant(String name) {
    return new Variable<>(name, value -> (Date) value, value -> value);
  }

  /** A calendar day, kept as ISO text as the forms' date fields send it. */
  public static Variable<LocalDate> day(String name) {
    return new Variable<>(name, Variable::day, value -> value == null ? null : value.toString());
  }

  /** One of an enum's constants, kept as its name (the value of a form's select or radio). */
  public static <E extends Enum<E>> Variable<E> choice(String name, Class<E> type) {
    return new Variable<>(name, value -> value == null || value.toString().isBlank() ? null
        : Enum.valueOf(type, value.toString()), value -> value == null ? null : value.name());
  }

  /** A list of texts (a form's checklist), kept as a {@code Json} array; absent → empty list. */
  public static Variable<List<String>> texts(String name) {
    return new Variable<>(name, JsonVariables::stringList, JsonVariables::json);
  }

  /** A list of records (a form's dynamic list, or the platform's own data), kept as a {@code Json} array. */
  public static <R> Variable<List<R>> list(String name, Class<R> type) {
    return new Variable<>(name, value -> JsonVariables.list(value, name, type), JsonVariables::json);
  }

  /** One record, kept as a {@code Json} object. */
  public static <R> Variable<R> record(String name, Class<R> type) {
    return new Variable<>(name, value -> JsonVariables.object(value, name, type), JsonVariables::json);
  }

  public String name() {
    return name;
  }

  /** The value in the scope (local first, then its parents), or null when it is not set. */
  public T get(VariableScope scope) {
    return reader.apply(plain(scope.getVariable(name)));
  }

  /** The value in a map of variables (e.g. {@code RuntimeService#getVariables}), or null. */
  public T get(Map<String, ?> variables) {
    return reader.apply(plain(variables.get(name)));
  }

  /** The value, which the process guarantees to be set at this point. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Prozessvariable " + name + " fehlt");
    }
    return value;
  }

  /** Whether a yes/no variable is set and true. */
  public boolean isTrue(VariableScope scope) {
    return Boolean.TRUE.equals(get(scope));
  }

  public boolean isSet(VariableScope scope) {
    return scope.getVariable(name) != null;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, writer.apply(value));
  }

  /**
   * Sets the value unless the scope already holds exactly it (same type, same value or same
   * serialized text). Each write costs a history detail row (history level {@code full}), and for a
   * {@code Json} value byte arrays at runtime and in the history, also when nothing changes: for
   * listeners that normalise a value which is usually clean already. When in doubt it writes.
   */
  public void setIfChanged(VariableScope scope, T value) {
    Object engineValue = writer.apply(value);
    if (!holds(scope.getVariableTyped(name, false), engineValue)) {
      scope.setVariable(name, engineValue);
    }
  }

  private static boolean holds(TypedValue current, Object wanted) {
    if (current == null || wanted == null) {
      return false;
    }
    if (wanted instanceof SerializableValue serializable) {
      return current instanceof SerializableValue stored && stored.getType().equals(serializable.getType())
          && serializable.getValueSerialized() != null
          && serializable.getValueSerialized().equals(stored.getValueSerialized());
    }
    if (wanted instanceof TypedValue typed) {
      return current.getType().equals(typed.getType()) && Objects.equals(current.getValue(), typed.getValue());
    }
    // a plain Java value: the engine gives it the type of its class, so the stored value must be of that class
    return current.getValue() != null && current.getValue().getClass().equals(wanted.getClass())
        && current.getValue().equals(wanted);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, writer.apply(value));
  }

  /** Puts the value into variables to start a process or complete a task with (Java API). */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, writer.apply(value));
  }

  /** The value as the engine keeps it (e.g. a {@code Json} value for a list). */
  public Object engineValue(T value) {
    return writer.apply(value);
  }

  /** Adds the value to a {@link VariableMap} and returns it, for fluent starts. */
  public VariableMap putInto(VariableMap variables, T value) {
    return variables.putValue(name, writer.apply(value));
  }

  /** The plain value of a typed value (as a map for the Java API holds it), else the value itself. */
  private static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(de.fachkraftimfokus.calendar.WorkingDays.ZONE).toLocalDate();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  @Override
  public String toString() {
    return name;
  }
}
