package cn.gx.safeduty.registry;

/** What a portfolio may name: an industry of the accident statistics ({@code industry}) or another area of work. */
public record Sector(String code, String name, boolean industry) {
}
