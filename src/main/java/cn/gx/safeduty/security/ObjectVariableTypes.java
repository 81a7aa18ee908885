package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Refuses, before anything is stored, an Object variable that could not be read back: one of a type
 * the engine's deserialization allow-list does not name (the JDK's basic types and collections,
 * which are all SafeDuty itself stores), or in Java serialization. Stored, such a variable would
 * make every read of its instance's variables fail, for everyone. Put first among the engine's
 * serializers, it is chosen only for the values it refuses.
 */
class ObjectVariableTypes implements TypedValueSerializer<ObjectValue> {

  static final String NAME = "safeduty-refused-object";

  @Override
  public boolean canHandle(TypedValue value) {
    return value instanceof ObjectValue object && refused(object);
  }

  private static boolean refused(ObjectValue object) {
    if (SerializationDataFormats.JAVA.getName().equals(object.getSerializationDataFormat())) {
      return true;
    }
    String type = object.isDeserialized() && object.getValue() != null
        ? object.getValue().getClass().getName()
        : object.getObjectTypeName();
    if (type == null) {
      return false;
    }
    DeserializationTypeValidator allowed = Context.getProcessEngineConfiguration().getDeserializationTypeValidator();
    return allowed != null && !allowed.validate(type);
  }

  @Override
  public void writeValue(ObjectValue value, ValueFields fields) {
    throw new StepRefusedException("不接受此类对象变量：只能保存文本、数字、日期、是否和列表",
        List.of(new FieldProblem(fields.getName(), "对象变量的类型或格式不被接受")));
  }

  @Override
  public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
    throw new IllegalStateException("Nothing is ever stored with " + NAME);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ValueType getType() {
    return ValueType.OBJECT;
  }

  @Override
  public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
    throw new IllegalStateException("Untyped values are never refused here");
  }

  /** The engine's default format, so that among several serializers able to take a value this one is chosen. */
  @Override
  public String getSerializationDataformat() {
    return Context.getProcessEngineConfiguration() != null
        ? Context.getProcessEngineConfiguration().getDefaultSerializationFormat()
        : SerializationDataFormats.JSON.getName();
  }

  @Override
  public boolean isMutableValue(ObjectValue value) {
    return false;
  }
}
