package cn.gx.safeduty.accountability;

/** A task completed without what its step requires; the message is for the staff member, in Chinese. */
public class InvalidStepException extends RuntimeException {

  public InvalidStepException(String message) {
    super(message);
  }
}
