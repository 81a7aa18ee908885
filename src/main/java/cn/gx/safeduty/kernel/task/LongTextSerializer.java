package cn.gx.safeduty.kernel.task;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps a text variable longer than the engine's text column (4,000 characters) in a byte array and
 * reads it back as the same text, so that what a form shows — a year's results of a city's counties,
 * a long safety record — is never cut off and never fails the step that writes it. Put before the
 * engine's own serializers, it is chosen only for such texts; they stay String variables to forms,
 * Tasklist and the REST API, but cannot be searched by value.
 */
public class LongTextSerializer implements TypedValueSerializer<StringValue> {

  static final String NAME = "safeduty-long-text";
  /** The engine's TEXT_ columns are VARCHAR(4000) on every database it supports. */
  static final int TEXT_COLUMN = 4000;

  @Override
  public boolean canHandle(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
    byte[] bytes = fields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ValueType getType() {
    return ValueType.STRING;
  }

  @Override
  public String getSerializationDataformat() {
    return null;
  }

  @Override
  public boolean isMutableValue(StringValue value) {
    return false;
  }
}
