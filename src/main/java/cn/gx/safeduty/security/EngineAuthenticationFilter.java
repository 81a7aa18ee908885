package cn.gx.safeduty.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for {@code /engine-rest}, without its one open path: the stock filter
 * lets {@code GET /engine} (the list of engines) through unauthenticated; SafeDuty answers 401 there too.
 */
public class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
