package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class JurisdictionService {

  private final JurisdictionRepository jurisdictions;
  private final OrganService organs;

  public JurisdictionService(JurisdictionRepository jurisdictions, OrganService organs) {
    this.jurisdictions = jurisdictions;
    this.organs = organs;
  }

  public java.util.Optional<Jurisdiction> find(String code) {
    return jurisdictions.find(code);
  }

  public java.util.List<Jurisdiction> atLevel(JurisdictionLevel level) {
    return jurisdictions.list(level, null);
  }

  public java.util.List<Jurisdiction> all() {
    return jurisdictions.list(null, null);
  }

  /** The jurisdiction and its parents up to the region, nearest first. */
  public java.util.List<Jurisdiction> withAncestors(String code) {
    return jurisdictions.withAncestors(code);
  }

  /**
   * What is wrong with a list of jurisdictions an upper level acts on (a tour's or an assessment's
   * targets): each must exist, be a direct subordinate of {@code upper} (when it exists) and appear once.
   */
  public java.util.List<cn.gx.safeduty.kernel.FieldProblem> subordinateProblems(String upper, String field,
      java.util.List<String> codes) {
    java.util.List<cn.gx.safeduty.kernel.FieldProblem> problems = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Jurisdiction target = find(code).orElse(null);
      String at = field + "[" + i + "]";
      if (target == null) {
        problems.add(new cn.gx.safeduty.kernel.FieldProblem(at, "names no jurisdiction"));
      } else if (upper != null && !upper.equals(target.parentCode())) {
        problems.add(new cn.gx.safeduty.kernel.FieldProblem(at, "is not a direct subordinate of " + upper));
      } else if (!seen.add(code)) {
        problems.add(new cn.gx.safeduty.kernel.FieldProblem(at, "names the same jurisdiction twice"));
      }
    }
    return problems;
  }

  /** The name read from the region down, e.g. 广西壮族自治区南宁市隆安县. */
  public String fullName(String code) {
    java.util.List<Jurisdiction> chain = new java.util.ArrayList<>(withAncestors(code));
    java.util.Collections.reverse(chain);
    return chain.stream().map(Jurisdiction::name).collect(java.util.stream.Collectors.joining());
  }

  /**
   * The codes a list filter {@code jurisdiction=…&includeSubdivisions=…} selects: null for no
   * filter; an unknown code is refused, naming the parameter.
   */
  public java.util.Set<String> scope(String code, boolean includeSubdivisions) {
    if (code == null) {
      return null;
    }
    if (jurisdictions.find(code).isEmpty()) {
      throw new InvalidFieldsException("jurisdiction", "names no jurisdiction");
    }
    return includeSubdivisions ? jurisdictions.subtree(code) : java.util.Set.of(code);
  }

  @Transactional
  public Jurisdiction create(NewJurisdiction request) {
    if (jurisdictions.find(request.code()).isPresent()) {
      throw new ConflictException("Jurisdiction " + request.code() + " already exists");
    }
    var allowedParents = request.level().allowedParents();
    if (allowedParents.isEmpty()) {
      if (request.parentCode() != null) {
        throw new InvalidFieldsException("parentCode", "must be empty for level " + request.level());
      }
    } else {
      if (request.parentCode() == null) {
        throw new InvalidFieldsException("parentCode", "is required for level " + request.level());
      }
      Jurisdiction parent = jurisdictions.find(request.parentCode())
          .orElseThrow(() -> new InvalidFieldsException("parentCode", "names no jurisdiction"));
      if (!allowedParents.contains(parent.level())) {
        throw new InvalidFieldsException("parentCode",
            "must be a jurisdiction of level " + allowedParents + " for level " + request.level());
      }
    }
    Jurisdiction jurisdiction = new Jurisdiction(request.code(), request.name().trim(), request.level(),
        request.parentCode());
    jurisdictions.insert(jurisdiction);
    organs.recordMissing(java.util.List.of(jurisdiction));
    return jurisdiction;
  }
}
