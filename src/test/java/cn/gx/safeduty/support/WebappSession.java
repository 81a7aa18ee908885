package cn.gx.safeduty.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.Http.Response;
import java.util.HashMap;
import java.util.Map;

/** A browser-like session with the Camunda webapps: session cookie plus the XSRF token on every call. */
public final class WebappSession {

  private final Http http;
  private String token;

  private WebappSession(Http http) {
    this.http = http;
  }

  /** Camunda hands out a new token whenever the session changes (after login); the newest one counts. */
  private Response remember(Response response) {
    response.headers().firstValue("X-XSRF-TOKEN")
        .filter(value -> !value.equalsIgnoreCase("Required"))
        .ifPresent(value -> token = value);
    return response;
  }

  /** Opens the app's page (which hands out the XSRF token) and logs in; returns the login response status. */
  public static WebappSession open(int port, String app) {
    Http http = new Http(port);
    WebappSession session = new WebappSession(http);
    Response page = session.remember(http.get("/camunda/app/" + app + "/default/", null));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return session;
  }

  /** Logs in, then fetches the app's page again so the new session's XSRF token is known. */
  public Response login(String app, String user) {
    Response login = call("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", Http.form(Map.of("username", user, "password", "demo")));
    remember(http.get("/camunda/api/admin/auth/user/default", null));
    return login;
  }

  public Response call(String method, String path, String contentType, String body) {
    Map<String, String> headers = new HashMap<>();
    if (token != null) {
      headers.put("X-XSRF-TOKEN", token);
    }
    Response response = remember(http.send(method, path, null, null, contentType, body, headers));
    if (response.status() == 403 && "Required".equalsIgnoreCase(response.headers().firstValue("X-XSRF-TOKEN").orElse(""))) {
      throw new IllegalStateException("CSRF token refused for " + method + " " + path);
    }
    return response;
  }

  public Response callWithoutToken(String method, String path, String contentType, String body) {
    return remember(http.send(method, path, null, null, contentType, body, Map.of()));
  }
}
