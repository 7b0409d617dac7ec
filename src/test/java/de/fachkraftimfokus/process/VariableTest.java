package de.fachkraftimfokus.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The typed handles write what the engine keeps and read back what Tasklist and the REST API deliver. */
class VariableTest {

  enum Colour { RED, GREEN }

  record Row(String name, int count) {}

  private static final Variable<String> TEXT = Variable.text("text");
  private static final Variable<Boolean> FLAG = Variable.flag("flag");
  private static final Variable<Long> NUMBER = Variable.number("number");
  private static final Variable<Integer> INTEGER = Variable.integer("integer");
  private static final Variable<Date> INSTANT = Variable.instant("instant");
  private static final Variable<LocalDate> DAY = Variable.day("day");
  private static final Variable<Colour> CHOICE = Variable.choice("choice", Colour.class);
  private static final Variable<List<String>> TEXTS = Variable.texts("texts");
  private static final Variable<List<Row>> ROWS = Variable.list("rows", Row.class);
  private static final Variable<Row> RECORD = Variable.record("record", Row.class);
  /** The variable {@code text} read as a yes/no: the same name, another type. */
  private static final Variable<Boolean> TEXT_AS_FLAG = Variable.flag("text");

  @Test
  @DisplayName("Jede Art wird so gespeichert, wie die Engine sie hält, und unverändert zurückgelesen")
  void roundTrips() {
    Map<String, Object> variables = new HashMap<>();
    Date now = new Date();
    TEXT.put(variables, "Holzbau");
    FLAG.put(variables, true);
    NUMBER.put(variables, 42L);
    INTEGER.put(variables, 7);
    INSTANT.put(variables, now);
    DAY.put(variables, LocalDate.of(2031, 9, 1));
    CHOICE.put(variables, Colour.GREEN);
    TEXTS.put(variables, List.of("RECRUITING", "APPRENTICESHIP"));
    ROWS.put(variables, List.of(new Row("a", 1), new Row("b", 2)));
    RECORD.put(variables, new Row("c", 3));

    assertThat(variables.get("day")).isEqualTo("2031-09-01");
    assertThat(variables.get("choice")).isEqualTo("GREEN");
    assertThat(variables.get("texts")).isInstanceOf(JsonValue.class);
    assertThat(((JsonValue) variables.get("rows")).getValueSerialized()).contains("\"count\":2");

    assertThat(TEXT.get(variables)).isEqualTo("Holzbau");
    assertThat(FLAG.get(variables)).isTrue();
    assertThat(NUMBER.get(variables)).isEqualTo(42L);
    assertThat(INTEGER.get(variables)).isEqualTo(7);
    assertThat(INSTANT.get(variables)).isEqualTo(now);
    assertThat(DAY.get(variables)).isEqualTo(LocalDate.of(2031, 9, 1));
    assertThat(CHOICE.get(variables)).isEqualTo(Colour.GREEN);
    assertThat(TEXTS.get(variables)).containsExactly("RECRUITING", "APPRENTICESHIP");
    assertThat(ROWS.get(variables)).containsExactly(new Row("a", 1), new Row("b", 2));
    assertThat(RECORD.get(variables)).isEqualTo(new Row("c", 3));
  }

  @Test
  @DisplayName("Liest, was Formulare und REST-API für dieselbe Form schicken")
  void readsWhatClientsSend() {
    Map<String, Object> sent = Map.of(
        "flag", "true",
        "number", 12,
        "integer", "5 ",
        "day", "2031-09-01T00:00:00.000+0200",
        "texts", "[\"A\", \" B \", \"\"]",
        "rows", "[{\"name\":\"x\",\"count\":4}]");
    assertThat(FLAG.get(sent)).isTrue();
    assertThat(NUMBER.get(sent)).isEqualTo(12L);
    assertThat(INTEGER.get(sent)).isEqualTo(5);
    assertThat(DAY.get(sent)).isEqualTo(LocalDate.of(2031, 9, 1));
    assertThat(TEXTS.get(sent)).containsExactly("A", "B");
    assertThat(ROWS.get(sent)).containsExactly(new Row("x", 4));
  }

  @Test
  @DisplayName("Fehlt ein Wert, liefern Listen eine leere Liste, alles andere null")
  void absentValues() {
    Map<String, Object> none = Map.of();
    assertThat(TEXT.get(none)).isNull();
    assertThat(FLAG.get(none)).isNull();
    assertThat(DAY.get(none)).isNull();
    assertThat(CHOICE.get(Map.of("choice", " "))).isNull();
    assertThat(TEXTS.get(none)).isEmpty();
    assertThat(ROWS.get(none)).isEmpty();
    assertThat(RECORD.get(none)).isNull();
  }

  @Test
  @DisplayName("Über einen VariableMap-Aufruf geschrieben, mit Namen und Wert der Engine")
  void fluentVariableMap() {
    var variables = TEXTS.putInto(Variables.createVariables(), List.of("A"));
    assertThat(variables).containsKey(TEXTS.name());
    assertThat(TEXTS.get(variables)).containsExactly("A");
    assertThat(TEXTS.engineValue(List.of("A"))).isInstanceOf(JsonValue.class);
    assertThat(TEXT.toString()).isEqualTo("text");
  }

  @Test
  @DisplayName("Ein unbekannter Wert einer Auswahl fällt auf, statt still zu verschwinden")
  void unknownChoiceFails() {
    assertThatThrownBy(() -> CHOICE.get(Map.of("choice", "BLUE"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Ein Listener, der einen schon sauberen Wert noch einmal schreibt, schreibt nichts (keine Historienzeile)")
  void setIfChangedWritesOnlyChanges() {
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariableTyped(TEXTS.name(), false))
        .thenReturn(SpinValues.jsonValue("[\"RECRUITING\",\"GRADUATES\"]").create());
    Mockito.when(scope.getVariableTyped(FLAG.name(), false)).thenReturn(Variables.booleanValue(true));
    Mockito.when(scope.getVariableTyped(TEXT.name(), false)).thenReturn(Variables.stringValue("true"));

    TEXTS.setIfChanged(scope, List.of("RECRUITING", "GRADUATES"));
    FLAG.setIfChanged(scope, true);
    Mockito.verify(scope, Mockito.never()).setVariable(Mockito.anyString(), Mockito.any());

    TEXTS.setIfChanged(scope, List.of("RECRUITING"));
    FLAG.setIfChanged(scope, false);
    // same text, other type: written, so the type is what the handle promises
    TEXT_AS_FLAG.setIfChanged(scope, true);
    NUMBER.setIfChanged(scope, 1L);
    Mockito.verify(scope).setVariable(Mockito.eq(TEXTS.name()), Mockito.any(JsonValue.class));
    Mockito.verify(scope).setVariable(FLAG.name(), false);
    Mockito.verify(scope).setVariable(TEXT.name(), true);
    Mockito.verify(scope).setVariable(NUMBER.name(), 1L);
  }
}
