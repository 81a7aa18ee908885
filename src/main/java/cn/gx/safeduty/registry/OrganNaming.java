package cn.gx.safeduty.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Official names and 机关代字 by rule, for organs no one has recorded. Names follow how Guangxi's organs
 * are styled: a district carries its city's name (南宁市青秀区应急管理局), a county or county-level city its
 * own (隆安县人民政府). A 代字 is a short form of the place and the organ's suffix: the region's 桂, a
 * city's first character (two where that is taken: 桂林), a county's name without its 县, 区 or 市 and
 * without the people of an autonomous county (融水); where a short form is already taken, the city's is
 * put before it. Generated 代字 are never official until an administrator confirms them.
 */
final class OrganNaming {

  private static final Pattern AUTONOMOUS = Pattern.compile("(各族|苗族|侗族|瑶族|壮族|毛南族|仫佬族|彝族|回族|京族|水族|仡佬族)自治县$");

  private final Map<String, Jurisdiction> byCode;
  private final Map<String, String> abbreviations = new HashMap<>();
  private final Map<String, String> takenBy;

  /**
   * {@code all}: every jurisdiction (the parents of those named); {@code takenBy}: the 代字 already in use, each
   * with the jurisdiction whose organ holds it — a jurisdiction's own (its Party committee's 桂发) does not
   * keep its other organs from the same short form.
   */
  OrganNaming(List<Jurisdiction> all, Map<String, String> takenBy) {
    this.byCode = new HashMap<>();
    all.forEach(j -> byCode.put(j.code(), j));
    this.takenBy = new HashMap<>(takenBy);
  }

  /** Whether a jurisdiction's level has the organs of {@link OrganKind}: the region, cities and counties. */
  static boolean hasOrgans(Jurisdiction jurisdiction) {
    return switch (jurisdiction.level()) {
      case REGION, CITY, COUNTY -> true;
      case TOWNSHIP, FUNCTIONAL_ZONE -> false;
    };
  }

  /** The default organs of these jurisdictions, upper levels first so that the shorter 代字 go to them. */
  List<Organ> organs(List<Jurisdiction> jurisdictions, Set<String> alreadyRecorded) {
    List<Organ> organs = new ArrayList<>();
    jurisdictions.stream().filter(OrganNaming::hasOrgans)
        .sorted(Comparator.comparing(Jurisdiction::level).thenComparing(Jurisdiction::code))
        .forEach(j -> {
          for (OrganKind kind : OrganKind.values()) {
            if (alreadyRecorded.contains(key(j.code(), kind))) {
              continue;
            }
            String code = kind.code(abbreviation(j));
            takenBy.put(code, j.code());
            organs.add(new Organ(null, j.code(), kind, kind.name(place(j), j.level()), code, false));
          }
        });
    return organs;
  }

  static String key(String jurisdictionCode, OrganKind kind) {
    return jurisdictionCode + "/" + kind;
  }

  /** The place as official names carry it. */
  String place(Jurisdiction j) {
    Jurisdiction parent = j.parentCode() == null ? null : byCode.get(j.parentCode());
    if (j.level() == JurisdictionLevel.COUNTY && j.name().endsWith("区") && parent != null) {
      return parent.name() + j.name();
    }
    return j.name();
  }

  private String abbreviation(Jurisdiction j) {
    return abbreviations.computeIfAbsent(j.code(), code -> {
      List<String> tries = switch (j.level()) {
        case REGION -> List.of(j.name().startsWith("广西") ? "桂" : j.name().substring(0, 1), j.name().substring(0, 2));
        case CITY -> List.of(j.name().substring(0, 1), j.name().substring(0, Math.min(2, j.name().length())));
        default -> {
          String base = shortName(j.name());
          Jurisdiction parent = j.parentCode() == null ? null : byCode.get(j.parentCode());
          yield parent == null ? List.of(base) : List.of(base, abbreviation(parent) + base);
        }
      };
      for (String candidate : tries) {
        if (free(candidate, j.code())) {
          return candidate;
        }
      }
      // every short form taken: the code of the jurisdiction itself is unique
      return tries.get(tries.size() - 1) + j.code();
    });
  }

  private boolean free(String abbreviation, String jurisdictionCode) {
    return java.util.Arrays.stream(OrganKind.values()).map(k -> takenBy.get(k.code(abbreviation)))
        .allMatch(holder -> holder == null || holder.equals(jurisdictionCode))
        && !abbreviations.containsValue(abbreviation);
  }

  static String shortName(String name) {
    String base = AUTONOMOUS.matcher(name).replaceFirst("");
    if (base.equals(name) && name.length() > 2 && (name.endsWith("县") || name.endsWith("区") || name.endsWith("市"))) {
      base = name.substring(0, name.length() - 1);
    }
    return base;
  }
}
