package cn.gx.safeduty.kernel.task;

import java.lang.reflect.Field;

/**
 * Reads what an engine command was given. The engine keeps a command's arguments in protected
 * fields with no getters; the guards read them here, in one place, and fail loudly if an engine
 * upgrade renames one.
 */
public final class CommandFields {

  private CommandFields() {
  }

  @SuppressWarnings("unchecked")
  public static <T> T read(Object command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("The engine's " + declaring.getSimpleName() + " has no field " + name, e);
    }
  }
}
