package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.saakh.core.money.Money;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What kind of value each JSON field of a clean record type holds, read once from the record's
 * components: which fields are dates, timestamps, months, money, nested records or lists of them.
 * The cleaner normalises raw values by these kinds, so a new field of a known kind needs no code.
 */
final class RecordShape {
  enum Kind {
    DATE,
    TIMESTAMP,
    MONTH,
    MONEY,
    NESTED,
    NESTED_LIST,
    OTHER
  }

  /** One field: its JSON name, kind, and for nested kinds the nested shape. */
  record Field(String json, String java, Kind kind, RecordShape nested) {}

  private static final Map<Class<?>, RecordShape> CACHE = new ConcurrentHashMap<>();
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  final Class<?> type;
  final Map<String, Field> fields = new LinkedHashMap<>();

  private RecordShape(Class<?> type) {
    this.type = type;
  }

  static RecordShape of(Class<?> type) {
    RecordShape known = CACHE.get(type);
    if (known != null) {
      return known;
    }
    RecordShape shape = new RecordShape(type);
    for (RecordComponent c : type.getRecordComponents()) {
      shape.add(c);
    }
    CACHE.putIfAbsent(type, shape);
    return shape;
  }

  private void add(RecordComponent c) {
    Class<?> t = c.getType();
    Kind kind;
    RecordShape nested = null;
    if (t == LocalDate.class) {
      kind = Kind.DATE;
    } else if (t == OffsetDateTime.class) {
      kind = Kind.TIMESTAMP;
    } else if (t == YearMonth.class) {
      kind = Kind.MONTH;
    } else if (t == Money.class) {
      kind = Kind.MONEY;
    } else if (t.isRecord()) {
      kind = Kind.NESTED;
      nested = of(t);
    } else if (recordElement(c.getGenericType()) != null) {
      kind = Kind.NESTED_LIST;
      nested = of(recordElement(c.getGenericType()));
    } else {
      kind = Kind.OTHER;
    }
    String json = SNAKE.translate(c.getName());
    fields.put(json, new Field(json, c.getName(), kind, nested));
  }

  private static Class<?> recordElement(Type generic) {
    if (generic instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && p.getActualTypeArguments()[0] instanceof Class<?> e
        && e.isRecord()) {
      return e;
    }
    return null;
  }

  /** The JSON name of a Java component name, as the lake mapping writes it. */
  static String jsonName(String javaName) {
    return SNAKE.translate(javaName);
  }
}
