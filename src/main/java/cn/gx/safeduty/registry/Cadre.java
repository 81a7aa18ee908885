package cn.gx.safeduty.registry;

import java.time.Instant;

public record Cadre(long id, String name, String jurisdictionCode, String jurisdictionName, CadreRole role,
    String post, CadreStatus status, Instant createdAt) {
}
