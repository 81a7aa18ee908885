package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects engine API requests that carry an expression ({@code ${…}} or {@code #{…}}) in a query
 * parameter or a JSON body, nested {@code orQueries} included, with 400. Ad-hoc query expressions
 * are already off in the engine; this closes the door before a request reaches it, on
 * {@code /engine-rest} and on the webapps' {@code /camunda/api/engine}.
 *
 * <p>Exempt: administrators creating or updating stored filters (whose queries may use
 * {@code ${currentUser()}}), and bodies that are process data rather than queries (task
 * completion, form submission, process start, variables, message correlation).
 */
public class ExpressionQueryGuard extends OncePerRequestFilter {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
  private static final Pattern API_PREFIX =
      Pattern.compile("^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?");
  private static final Pattern DATA_BODY = Pattern.compile(
      ".*/(complete|submit-form|resolve|start|variables(/[^/]+)?|localVariables(/[^/]+)?)$|^/(message|signal)$");
  private static final Pattern STORED_FILTER = Pattern.compile("^/filter(/create|/[^/]+)$");

  private final ProcessEngine processEngine;
  private final ObjectMapper objectMapper = new ObjectMapper();

  public ExpressionQueryGuard(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = apiPath(request);
    Optional<String> offending = offendingParameter(request.getQueryString());
    CachedBodyRequest cached = null;
    if (offending.isEmpty() && hasInspectableBody(request) && !bodyExempt(request, path)) {
      cached = new CachedBodyRequest(request);
      offending = offendingBodyField(cached.body(), request.getContentType());
    }
    if (offending.isPresent()) {
      reject(response, offending.get());
      return;
    }
    chain.doFilter(cached != null ? cached : request, response);
  }

  private static String apiPath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return API_PREFIX.matcher(uri).replaceFirst("");
  }

  private static boolean hasInspectableBody(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !"GET".equals(request.getMethod())
        && (contentType == null || !contentType.toLowerCase().startsWith("multipart/"));
  }

  private boolean bodyExempt(HttpServletRequest request, String path) {
    if (DATA_BODY.matcher(path).matches()) {
      return true;
    }
    boolean storedFilterWrite = STORED_FILTER.matcher(path).matches()
        && ("POST".equals(request.getMethod()) && path.equals("/filter/create")
            || "PUT".equals(request.getMethod()) && !path.equals("/filter/create"));
    return storedFilterWrite && isAdmin(request);
  }

  private boolean isAdmin(HttpServletRequest request) {
    Authentication engineAuthentication = processEngine.getIdentityService().getCurrentAuthentication();
    if (engineAuthentication != null && engineAuthentication.getGroupIds() != null) {
      return engineAuthentication.getGroupIds().contains(SafeDutyGroup.ADMIN.id());
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .map(UserAuthentication::getGroupIds)
        .anyMatch(groups -> groups != null && groups.contains(SafeDutyGroup.ADMIN.id()));
  }

  static Optional<String> offendingParameter(String queryString) {
    if (queryString == null) {
      return Optional.empty();
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (containsExpression(name) || containsExpression(value)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  Optional<String> offendingBodyField(byte[] body, String contentType) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      return offendingParameter(text);
    }
    try {
      return offendingNode(objectMapper.readTree(body), "");
    } catch (JsonProcessingException notJson) {
      return containsExpression(text) ? Optional.of("body") : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.of("body");
    }
  }

  private static Optional<String> offendingNode(JsonNode node, String path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return containsExpression(node.textValue()) ? Optional.of(path.isEmpty() ? "body" : path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = offendingNode(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (containsExpression(field.getKey())) {
          return Optional.of(fieldPath);
        }
        Optional<String> found = offendingNode(field.getValue(), fieldPath);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean containsExpression(String text) {
    return text != null && EXPRESSION.matcher(text).find();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  private void reject(HttpServletResponse response, String field) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    var problem = Map.of(
        "type", "about:blank",
        "title", "Expression not allowed",
        "status", 400,
        "detail", "Expressions (${…} or #{…}) are not accepted in engine queries: " + field,
        "errors", List.of(Map.of("field", field, "message", "must not contain an expression")));
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
