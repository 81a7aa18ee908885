package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.document.DocumentFontMissingException;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of SafeDuty's API as RFC 9457 problem+json. Input errors are 400 and carry
 * {@code errors: [{field, message}]} so a caller (or a person) sees which field to fix.
 */
@RestControllerAdvice(basePackages = "cn.gx.safeduty")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(DocumentFontMissingException.class)
  ProblemDetail fontMissing(DocumentFontMissingException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Document font missing", e.getMessage());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", "A record with the same key already exists");
  }

  /**
   * What no handler above expects — a fault, not the caller's: a 500 in the same shape, saying nothing of
   * what failed (no SQL, no class), which the log keeps. Refusals of Spring Security pass on to it.
   */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e;
    }
    LOG.error("Unexpected error answering an API request", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", "系统暂时无法完成此操作，请稍后重试或联系系统管理员");
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidFieldsException.class)
  ProblemDetail invalidFields(InvalidFieldsException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    return invalid(e.getConstraintViolations().stream()
        .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .toList());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
      @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), messageOf(error)))
        .toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
      @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    List<FieldProblem> problems = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, expected(e.getRequiredType())))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
      @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getParameterName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(@NonNull MissingServletRequestPartException e,
      @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getRequestPartName(), "is required"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
      @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = path(mismatch);
      String message = mismatch instanceof InvalidFormatException invalidFormat
          ? expected(invalidFormat.getTargetType())
          : "has the wrong type";
      return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, message))));
    }
    java.util.regex.Matcher duplicate = e.getCause() == null ? null
        : java.util.regex.Pattern.compile("^Duplicate field '([^']*)'").matcher(String.valueOf(e.getCause().getMessage()));
    if (duplicate != null && duplicate.find()) {
      return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(duplicate.group(1), "is given twice"))));
    }
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem("body", "is missing or not valid JSON"))));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String expected(Class<?> type) {
    if (type != null && type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    return "must be a valid " + (type != null ? type.getSimpleName() : "value");
  }

  private static String messageOf(FieldError error) {
    return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid " + FieldProblem.summary(problems));
    problem.setProperty("errors", problems);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
