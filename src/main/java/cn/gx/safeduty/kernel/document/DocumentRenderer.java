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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * SafeDuty's documents: an XHTML template with CSS (Thymeleaf) filled with a document's data and set in the
 * shared frame of an official document ({@link OfficialDocument}, {@code documents/official-document.html}),
 * laid out as PDF by openhtmltopdf with the fonts of each role embedded. The templates ship in
 * {@code documents/} on the classpath; a file of the same name in {@code safeduty.documents.template-directory}
 * takes its place, so wording and letterhead change without a rebuild.
 */
@Component
public class DocumentRenderer {

  private final DocumentFonts fonts;
  private final TemplateEngine templates = new TemplateEngine();

  public DocumentRenderer(DocumentFonts fonts, @Value("${safeduty.documents.template-directory:}") String directory) {
    this.fonts = fonts;
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

  /** The template filled in and set in its frame, as XHTML. */
  public String html(String template, OfficialDocument frame, Map<String, Object> data) {
    Context context = new Context();
    context.setVariables(data);
    context.setVariable("doc", frame.view());
    Map<String, String> families = new java.util.HashMap<>();
    for (DocumentFonts.Role role : DocumentFonts.Role.values()) {
      families.put(role.name().toLowerCase(), role.family());
    }
    context.setVariable("fonts", families);
    context.setVariable("titles", TitleLines.TEMPLATES);
    return templates.process(template, context);
  }

  /** The template filled in and laid out as PDF; without a Chinese font, {@link DocumentFontMissingException}. */
  public byte[] pdf(String template, OfficialDocument frame, Map<String, Object> data) {
    String html = html(template, frame, data);
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      fonts.load(document).forEach((role, font) -> builder.useFont(new PDFontSupplier(font), role.family()));
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
