package cn.gx.safeduty.registry;

/** A jurisdiction: GB/T 2260 code, Chinese name, level and parent. */
public record Jurisdiction(String code, String name, JurisdictionLevel level, String parentCode) {
}
