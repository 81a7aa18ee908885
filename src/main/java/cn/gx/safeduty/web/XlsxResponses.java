package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.export.SheetWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** An XLSX export sent as an attachment under its (Chinese) file name, written straight to the response. */
public final class XlsxResponses {

  private XlsxResponses() {
  }

  /** Sets the headers and opens the body; call it only once the filters are known to be good. */
  public static OutputStream attachment(HttpServletResponse response, String fileName) throws IOException {
    response.setContentType(SheetWriter.MEDIA_TYPE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    return response.getOutputStream();
  }
}
