package cn.gx.safeduty.kernel;

/** The request is well formed but contradicts the current state; answered with 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
