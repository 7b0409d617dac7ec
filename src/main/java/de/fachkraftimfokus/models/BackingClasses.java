package de.fachkraftimfokus.models;

import de.fachkraftimfokus.process.ProcessKey;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import java.util.regex.Pattern;

/**
 * Finds the backing class of each process (STYLE.md: one class per process holding its key, element
 * ids and variable names as constants) and reads the variable names it declares.
 *
 * <p>A class under {@code de.fachkraftimfokus} whose simple name ends in {@code Process} is the
 * backing class of process {@code key} when one of its static fields holds {@code key} — as a
 * String or as the {@link ProcessKey} constant. The variables the process "knows" are the values of
 * all its {@code static final String} constants (nested classes included), and of static final
 * fields of other types that expose their variable name through {@code name()} or {@code getName()}
 * (typed variable holders).
 */
public final class BackingClasses {

  private static final String BASE_PACKAGE = "de.fachkraftimfokus";

  private final Map<String, Class<?>> byProcessKey = new LinkedHashMap<>();
  private final Map<String, Integer> ranks = new LinkedHashMap<>();

  public BackingClasses() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
        return beanDefinition.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*[^.$]Process")));
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> type;
      try {
        type = Class.forName(candidate.getBeanClassName());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        Object value = read(field);
        String key = value instanceof ProcessKey processKey ? processKey.key() : value instanceof String text ? text : null;
        if (key == null) {
          continue;
        }
        int rank = rank(type, field, key);
        if (rank > ranks.getOrDefault(key, -1)) {
          ranks.put(key, rank);
          byProcessKey.put(key, type);
        }
      }
    }
  }

  /**
   * A class may hold another process's key (e.g. the advisory case calls {@code referral}): prefer
   * the class named after the key (AdvisoryCaseProcess for advisory-case), then a field named
   * PROCESS_KEY or KEY.
   */
  private static int rank(Class<?> type, Field field, String key) {
    String simple = type.getSimpleName().replaceAll("Process$", "");
    String kebab = simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    if (kebab.equals(key)) {
      return 2;
    }
    return Set.of("PROCESS_KEY", "KEY", "PROCESS_DEFINITION_KEY").contains(field.getName()) ? 1 : 0;
  }

  public Optional<Class<?>> forProcess(String processKey) {
    return Optional.ofNullable(byProcessKey.get(processKey));
  }

  /** The variable names (and other ids) the backing class declares as constants. */
  public static Set<String> declaredNames(Class<?> backingClass) {
    Set<String> names = new TreeSet<>();
    collect(backingClass, names);
    return names;
  }

  private static void collect(Class<?> type, Set<String> names) {
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
        continue;
      }
      Object value = read(field);
      if (value instanceof String text) {
        names.add(text);
      } else if (value != null && !(value instanceof Enum<?>)) {
        nameOf(value).ifPresent(names::add);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      collect(nested, names);
    }
  }

  private static Optional<String> nameOf(Object holder) {
    for (String accessor : new String[] {"name", "getName"}) {
      try {
        Method method = holder.getClass().getMethod(accessor);
        method.setAccessible(true);
        if (method.getReturnType() == String.class) {
          return Optional.ofNullable((String) method.invoke(holder));
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // not a variable holder
      }
    }
    return Optional.empty();
  }

  private static Object read(Field field) {
    try {
      field.setAccessible(true);
      return field.get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
