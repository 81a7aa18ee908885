package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskAlreadyDoneException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.http.MediaType;

/**
 * Expected refusals on the engine's REST APIs ({@code /engine-rest} and the one Tasklist calls) as
 * problem+json: a refused task submission is 400, with the Chinese reason in {@code detail} and in
 * {@code message} too (which is what Tasklist shows) and {@code errors} naming the fields; the loser
 * of two completions of one task at once is 409, whether it found the task already completed or the
 * winner's change under its lock; a task that never existed is 404. The engine's resources wrap these into their own
 * exceptions (a 500 for most), so the mappers look for them among the causes and leave every other
 * error to Camunda's own handling.
 */
public final class EngineRestProblems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestProblems() {
  }

  /** The thrown exception and its causes, outermost first. */
  private static java.util.stream.Stream<Throwable> causes(Throwable thrown) {
    return java.util.stream.Stream.iterate(thrown, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable thrown, Class<T> type) {
    return causes(thrown).filter(type::isInstance).map(type::cast).findFirst();
  }

  private static boolean cause(Throwable thrown, Class<? extends Throwable> type) {
    return causeOf(thrown, type).isPresent();
  }

  static Response toResponse(Throwable thrown) {
    // a task completed by someone else meanwhile is the loser's 409, whatever its own refusal (the cause) said
    if (cause(thrown, TaskAlreadyDoneException.class)) {
      return problem(Response.Status.CONFLICT, "Already done", new TaskAlreadyDoneException().getMessage(),
          java.util.List.of());
    }
    Optional<StepRefusedException> refused = causeOf(thrown, StepRefusedException.class);
    if (refused.isPresent()) {
      return problem(Response.Status.BAD_REQUEST, "Task submission refused", refused.get().getMessage(),
          refused.get().problems());
    }
    // a rule needing the database, found broken only as the step was recorded (two clerks typing one number at once)
    Optional<cn.gx.safeduty.kernel.InvalidFieldsException> invalid = causeOf(thrown,
        cn.gx.safeduty.kernel.InvalidFieldsException.class);
    if (invalid.isPresent()) {
      return problem(Response.Status.BAD_REQUEST, "Task submission refused", String.join("；",
          invalid.get().problems().stream().map(p -> p.message()).toList()), invalid.get().problems());
    }
    if (javaSerializationRefused(thrown)) {
      return problem(Response.Status.BAD_REQUEST, "Variable refused", "不接受Java序列化格式的变量", java.util.List.of());
    }
    if (cause(thrown, org.camunda.bpm.engine.exception.NotFoundException.class)) {
      return problem(Response.Status.NOT_FOUND, "Not found", "所办理的记录不存在，或已由他人办理完毕", java.util.List.of());
    }
    if (cause(thrown, OptimisticLockingException.class) || cause(thrown, cn.gx.safeduty.kernel.ConflictException.class)) {
      return problem(Response.Status.CONFLICT, "Changed at the same time",
          "该任务已被他人同时办理或修改，请刷新后重试", java.util.List.of());
    }
    Optional<AuthorizationException> denied = causeOf(thrown, AuthorizationException.class);
    if (denied.isPresent()) {
      // a resource that wraps every engine error into a 400 or 500 would hide a refusal
      return inChinese(ExceptionHandlerHelper.getInstance().getResponse(denied.get()));
    }
    return inChinese(ExceptionHandlerHelper.getInstance().getResponse(thrown));
  }

  /**
   * Camunda's own error shape (the webapps read its {@code type}), with a message staff can read:
   * SafeDuty's refusals are Chinese already; the engine's English ones get a Chinese sentence, and
   * a server error never shows what the engine said.
   */
  private static Response inChinese(Response response) {
    if (response.getEntity() instanceof ExceptionDto dto && !isChinese(dto.getMessage())) {
      int status = response.getStatus();
      String original = dto.getMessage() == null ? "" : dto.getMessage();
      if (status >= 500) {
        dto.setType("ServerError");
      }
      dto.setMessage(switch (status) {
        case 400 -> original.isBlank() || revealsInternals(original) ? "请求无效" : "请求无效：" + original;
        case 401 -> "请先登录";
        case 403 -> "您没有执行此操作的权限";
        case 404 -> "所请求的记录不存在";
        case 409 -> "该记录已被他人修改，请刷新后重试";
        default -> status >= 500 ? "系统暂时无法完成此操作，请稍后重试或联系系统管理员" : "无法完成此操作";
      });
    }
    return response;
  }

  /** What the engine said names its classes, its SQL or its codes, which no client is shown. */
  private static boolean revealsInternals(String message) {
    return INTERNALS.matcher(message).find();
  }

  private static final java.util.regex.Pattern INTERNALS =
      java.util.regex.Pattern.compile("(java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception|SQL|ENGINE-\\d|###|\\bat [a-z]");

  private static boolean isChinese(String message) {
    return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** The engine's refusal of a Java-serialized variable (ENGINE-17007), which it throws as a plain engine exception. */
  private static boolean javaSerializationRefused(Throwable thrown) {
    return causes(thrown).anyMatch(t -> t instanceof ProcessEngineException && t.getMessage() != null
        && t.getMessage().startsWith("ENGINE-17007"));
  }

  static Response problem(Response.Status status, String title, String detail, Object errors) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.getStatusCode());
    problem.put("detail", detail);
    problem.put("message", detail);
    problem.put("errors", errors);
    try {
      return Response.status(status).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
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
      return EngineRestProblems.toResponse(exception);
    }
  }

  /** Refusals that reached the resource as the engine threw them. */
  @Priority(1)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineRestProblems.toResponse(exception);
    }
  }

  /** Anything else, which the engine's own mapper would answer with the exception's class name as its type. */
  @Priority(1)
  public static class OtherExceptionMapper implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception exception) {
      if (exception instanceof jakarta.ws.rs.WebApplicationException web) {
        return inChinese(ExceptionHandlerHelper.getInstance().getResponse(web));
      }
      return EngineRestProblems.toResponse(exception);
    }
  }

  /** Registers the mappers in every Jersey application, the engine REST API and the webapps' alike. */
  public static class Registration implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RestExceptionMapper.class)) {
        context.register(RestExceptionMapper.class);
        context.register(EngineExceptionMapper.class);
        context.register(OtherExceptionMapper.class);
      }
    }
  }
}
