package voxpop.cli.quality;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a {@link QualityReport} as JSON: record components in declaration order with snake_case
 * keys, a score without a denominator ({@code NaN}) as {@code null}. Stateless and thread-safe.
 */
public final class QualityJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(
              new SimpleModule("nan-as-null")
                  .addSerializer(Double.class, new NanAsNull())
                  .addSerializer(Double.TYPE, new NanAsNull()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private QualityJson() {}

  public static String write(QualityReport report) {
    return MAPPER.writeValueAsString(report) + "\n";
  }

  private static final class NanAsNull extends ValueSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
      if (value == null || value.isNaN() || value.isInfinite()) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }
}
