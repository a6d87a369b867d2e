package org.amodel.rules.input;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.amodel.rules.input.Entries.CommunityEntry;

/**
 * The Jackson side of a community file: one mapper per format, strict about unknown fields, and a problem handler that turns each mistake Jackson meets into a located
 * {@link InputProblem} and carries on, so one reading reports as many mistakes as it can.
 */
final class Binding {
  private Binding() {}

  /** Dates are YYYY-MM-DD, and only real days of the calendar. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new Quoting())
      .build()));

  static final ObjectMapper JSON = configure(JsonMapper.builder());

  /**
   * Jackson's quoting of YAML texts, and also every text that starts like a number ({@code .inf},
   * {@code -.5}, {@code 0x1F}) but is not a date: YAML would read those back as numbers.
   */
  static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      if (super.needToQuoteValue(value)) {
        return true;
      }
      if (value.isEmpty() || DATE_SHAPE.matcher(value).matches()) {
        return false;
      }
      char first = value.charAt(0);
      return Character.isDigit(first) || first == '.' || first == '+' || first == '-';
    }
  }

  static ObjectMapper mapper(FileFormat format) {
    return switch (format) {
      case YAML -> YAML;
      case JSON -> JSON;
    };
  }

  private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
    SimpleModule module = new SimpleModule("a-model community files");
    module.addDeserializer(LocalDate.class, new DateDeserializer());
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    for (Class<? extends Enum<?>> type : EnumNames.ALL) {
      addEnum(module, type);
    }
    ObjectMapper mapper = builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addModule(module)
        .build();
    // An empty text ("") where a mapping or list belongs reads as nothing, reported as missing.
    mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addEnum(SimpleModule module, Class<? extends Enum<?>> type) {
    module.addDeserializer((Class) type, new NamedEnumDeserializer(type));
  }

  /** Returns a reader of {@code format} that reports into {@code reading}. */
  static ObjectReader reader(FileFormat format, Reading reading) {
    return reader(format, reading, CommunityEntry.class);
  }

  /** Returns a reader of {@code type} entries in {@code format} that reports into {@code reading}. */
  static ObjectReader reader(FileFormat format, Reading reading, Class<?> type) {
    return mapper(format).readerFor(type)
        .withAttribute(Reading.class, reading)
        .withHandler(new Handler(reading));
  }

  private static Reading reading(DeserializationContext ctxt) {
    return (Reading) ctxt.getAttribute(Reading.class);
  }

  /** Reports that the value {@code p} stands on is not {@code wanted}, skips it, and returns null. */
  static <T> T wrongKind(Reading reading, JsonParser p, String wanted) throws IOException {
    String path = Paths.of(p);
    reading.reportValue(path, reading.describe(path) + " must be " + wanted + ", not " + found(p));
    p.skipChildren();
    return null;
  }

  /** Returns what the token {@code p} stands on is, in words: "a list", "the text 'abc'". */
  static String found(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping of fields";
      case VALUE_STRING -> "the text '" + p.getText() + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE, VALUE_FALSE -> p.getText();
      default -> "'" + p.getText() + "'";
    };
  }

  /** Returns what a value of {@code type} must be, in words. */
  static String wanted(Class<?> type) {
    if (type == String.class) {
      return "text";
    } else if (type == Integer.class || type == int.class) {
      return "a whole number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (Collection.class.isAssignableFrom(type)) {
      return "a list (in YAML one item per line, each starting with '- ')";
    } else if (type == BigDecimal.class) {
      return "a number";
    } else if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    } else if (type.isEnum()) {
      return EnumNames.noun(type);
    }
    return "the fields of " + Entries.noun(type) + " (in YAML 'field: value' lines, indented under it)";
  }

  /** Returns the fields an entry has, in the order the file format lists them. */
  static List<String> fieldsOf(Class<?> entry) {
    return Arrays.stream(entry.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
        .map(Field::getName)
        .toList();
  }

  /** Reads a date written YYYY-MM-DD, reporting anything else. */
  static final class DateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Reading reading = reading(ctxt);
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return wrongKind(reading, p, wanted(LocalDate.class));
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(text, DATE);
      } catch (DateTimeParseException e) {
        String path = Paths.of(p);
        String why = DATE_SHAPE.matcher(text).matches()
            ? "is not a day of the calendar"
            : "is not a date; write dates as YYYY-MM-DD, e.g. 2005-09-01";
        reading.reportValue(path, reading.describe(path) + ": '" + text + "' " + why);
        return null;
      }
    }
  }

  /** Reads a constant by its name or its Chinese name, reporting anything else with the ones there are. */
  static final class NamedEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final Class<E> type;

    NamedEnumDeserializer(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Reading reading = reading(ctxt);
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
          && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        return wrongKind(reading, p, EnumNames.noun(type) + ", one of " + EnumNames.allowed(type));
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      return EnumNames.parse(type, text).orElseGet(() -> {
        String path = Paths.of(p);
        reading.reportValue(path,
            reading.describe(path) + ": '" + text + "' is not " + EnumNames.noun(type)
                + Suggestions.didYouMean(text, EnumNames.spellings(type))
                + "; write one of " + EnumNames.allowed(type));
        return null;
      });
    }
  }

  /** Turns each mistake Jackson meets into a located problem, and goes on reading. */
  static final class Handler extends DeserializationProblemHandler {
    private final Reading reading;

    Handler(Reading reading) {
      this.reading = reading;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      Class<?> entry = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      List<String> fields = fieldsOf(entry);
      String path = Paths.of(p);
      String object = path.endsWith("." + propertyName)
          ? path.substring(0, path.length() - propertyName.length() - 1)
          : path.equals(propertyName) ? "" : path;
      reading.report(path, reading.keyAt(path),
          (object.isEmpty() ? "" : object + ": ") + "there is no field '" + propertyName + "' in "
              + Entries.noun(entry) + Suggestions.didYouMean(propertyName, fields)
              + "; " + Entries.noun(entry) + " has " + String.join(", ", fields));
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) throws IOException {
      return wrongKind(reading, p, wanted(targetType.getRawClass()));
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
        ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
      return wrongKind(reading, p, wanted(instClass));
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
        String failureMsg) throws IOException {
      JsonParser p = ctxt.getParser();
      String path = Paths.of(p);
      reading.reportValue(path,
          reading.describe(path) + " must be " + wanted(targetType) + "; '" + valueToConvert + "' is not one");
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
        String failureMsg) throws IOException {
      JsonParser p = ctxt.getParser();
      String path = Paths.of(p);
      reading.reportValue(path,
          reading.describe(path) + " must be " + wanted(targetType) + "; " + valueToConvert + " is not one");
      return null;
    }
  }
}
