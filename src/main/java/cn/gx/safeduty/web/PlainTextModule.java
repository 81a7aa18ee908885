package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.PlainText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Text in a request body is text: a number or a yes/no where text belongs, a NUL or another control
 * character (other than tab and line breaks), or more characters than any field of SafeDuty holds
 * ({@code safeduty.api.max-text-length}; fields have their own, smaller limits), is refused as
 * invalid input naming its field, never coerced or stored.
 */
@Component
public class PlainTextModule extends SimpleModule {

  public PlainTextModule(@Value("${safeduty.api.max-text-length}") int maxLength) {
    super("safeduty-plain-text");
    addDeserializer(String.class, new StringDeserializer() {
      @Override
      public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != null && p.currentToken().isScalarValue()
            && p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
          return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = super.deserialize(p, ctxt);
        if (text != null && text.length() > maxLength) {
          return (String) ctxt.handleWeirdStringValue(String.class, text.substring(0, 20) + "…",
              "is longer than " + maxLength + " characters");
        }
        if (PlainText.hasControlCharacter(text)) {
          return (String) ctxt.handleWeirdStringValue(String.class, text, "contains a control character");
        }
        return text;
      }
    });
  }
}
