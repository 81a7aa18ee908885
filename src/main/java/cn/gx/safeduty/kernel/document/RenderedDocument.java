package cn.gx.safeduty.kernel.document;

/** A document rendered from its template: the PDF and the file name it is served under. */
public record RenderedDocument(String fileName, byte[] pdf) {
}
