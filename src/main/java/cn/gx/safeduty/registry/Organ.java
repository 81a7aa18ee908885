package cn.gx.safeduty.registry;

/**
 * An organ that issues documents: its jurisdiction and kind, official name and 机关代字; a 代字 not
 * confirmed by an administrator is the system's guess and is never printed as official.
 */
public record Organ(Long id, String jurisdictionCode, OrganKind kind, String name, String code,
    boolean codeConfirmed) {

  Organ withId(long newId) {
    return new Organ(newId, jurisdictionCode, kind, name, code, codeConfirmed);
  }
}
