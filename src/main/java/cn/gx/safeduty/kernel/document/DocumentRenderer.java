package cn.gx.safeduty.kernel.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * SafeDuty's documents: an XHTML template with CSS (Thymeleaf) filled with a document's data and laid
 * out as PDF by openhtmltopdf, with the Chinese font embedded. The templates ship in
 * {@code documents/} on the classpath; a file of the same name in {@code safeduty.documents.template-directory}
 * takes its place, so wording and letterhead change without a rebuild.
 */
@Component
public class DocumentRenderer {

  /** The CSS font-family under which the templates find the embedded Chinese font. */
  public static final String FONT_FAMILY = "SafeDutyChinese";

  private final ChineseFont font;
  private final TemplateEngine templates = new TemplateEngine();

  public DocumentRenderer(ChineseFont font, @Value("${safeduty.documents.template-directory:}") String directory) {
    this.font = font;
    if (!directory.isBlank()) {
      FileTemplateResolver operator = resolver(new FileTemplateResolver(),
          Path.of(directory).toAbsolutePath() + "/", 1);
      operator.setCheckExistence(true);
      templates.addTemplateResolver(operator);
    }
    templates.addTemplateResolver(resolver(new ClassLoaderTemplateResolver(), "documents/", 2));
  }

  private static <R extends org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver> R resolver(
      R resolver, String prefix, int order) {
    resolver.setPrefix(prefix);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(false);
    resolver.setOrder(order);
    return resolver;
  }

  /** The template filled in, as XHTML. */
  public String html(String template, Map<String, Object> data) {
    Context context = new Context();
    context.setVariables(data);
    context.setVariable("fontFamily", FONT_FAMILY);
    return templates.process(template, context);
  }

  /** The template filled in and laid out as PDF; without a Chinese font, {@link DocumentFontMissingException}. */
  public byte[] pdf(String template, Map<String, Object> data) {
    String html = html(template, data);
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font chinese = font.load(document)
          .orElseThrow(() -> new DocumentFontMissingException(font.candidates()));
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.useFont(new PDFontSupplier(chinese), FONT_FAMILY);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
