package cn.gx.safeduty.kernel;

/** An id in the request path names nothing; answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
