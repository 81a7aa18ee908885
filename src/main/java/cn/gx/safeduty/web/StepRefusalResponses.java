package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.task.StepRefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.http.MediaType;

/**
 * A refused task submission on the engine's REST APIs ({@code /engine-rest} and the one Tasklist
 * calls) as 400 problem+json: the Chinese reason in {@code detail}, and in {@code message} too,
 * which is what Tasklist shows; {@code errors} names the fields. The engine's resources wrap the
 * refusal into their own exceptions (a 500 for most), so the mappers look for it among the causes
 * and leave every other error to Camunda's own handling.
 */
public final class StepRefusalResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StepRefusalResponses() {
  }

  static Optional<StepRefusedException> refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StepRefusedException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  static Response toResponse(Throwable thrown) {
    return refusal(thrown).map(StepRefusalResponses::badRequest)
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
  }

  static Response badRequest(StepRefusedException refused) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "Task submission refused");
    problem.put("status", 400);
    problem.put("detail", refused.getMessage());
    problem.put("message", refused.getMessage());
    problem.put("errors", refused.problems());
    try {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
          .entity(JSON.writeValueAsString(problem)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refusals the engine's resources wrapped into a REST exception. */
  @Priority(1)
  public static class RestExceptionMapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return StepRefusalResponses.toResponse(exception);
    }
  }

  /** Refusals that reached the resource as the engine threw them. */
  @Priority(1)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return StepRefusalResponses.toResponse(exception);
    }
  }

  /** Registers both mappers in every Jersey application, the engine REST API and the webapps' alike. */
  public static class Registration implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RestExceptionMapper.class)) {
        context.register(RestExceptionMapper.class);
        context.register(EngineExceptionMapper.class);
      }
    }
  }
}
