package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.document.OfficialDocument;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who issues a document and the frame it is issued in: the real organs of the level that handles the
 * record, the number from the lead organ's sequence, and the lead organ's office as 印发机关.
 */
@Service
public class DocumentIssuers {

  private final OrganService organs;
  private final DocumentNumbers numbers;

  public DocumentIssuers(OrganService organs, DocumentNumbers numbers) {
    this.organs = organs;
    this.numbers = numbers;
  }

  public Organ organ(String jurisdictionCode, OrganKind kind) {
    return organs.organ(jurisdictionCode, kind);
  }

  /** The organ of this kind with this official name, if one is registered. */
  public java.util.Optional<Organ> named(String name, OrganKind kind) {
    return organs.named(name.strip(), kind);
  }

  /** The jurisdiction whose organs issue a document on a cadre posted in {@code cadreJurisdiction}. */
  public String issuingJurisdiction(String cadreJurisdiction) {
    return organs.issuingJurisdiction(cadreJurisdiction);
  }

  /** The organ above this one: the same kind at the level above, none at the region. */
  public java.util.Optional<Organ> above(Organ organ) {
    String upper = organs.parentOf(organ.jurisdictionCode());
    return upper == null ? java.util.Optional.empty() : java.util.Optional.of(organs.organ(upper, organ.kind()));
  }

  /** A jurisdiction's Party committee and government, the usual addressees of a document to it. */
  public List<String> partyAndGovernment(String jurisdictionCode) {
    return List.of(organ(jurisdictionCode, OrganKind.PARTY_COMMITTEE).name(),
        organ(jurisdictionCode, OrganKind.GOVERNMENT).name());
  }

  /**
   * A posting as a document names it: the post with its place (隆安县县长), never the place twice
   * (not 隆安县隆安县县长) and, without a post recorded, the roles held there.
   */
  public String postAsHeld(Posting posting) {
    String place = organs.place(posting.jurisdictionCode());
    String post = posting.post() == null || posting.post().isBlank()
        ? posting.roles().stream().map(CadreRole::chineseName).collect(java.util.stream.Collectors.joining("、"))
        : posting.post().trim();
    return post.startsWith(place) || post.startsWith(posting.jurisdictionName()) ? post : place + post;
  }

  public DocumentNumbers numbers() {
    return numbers;
  }

  /** The frame of a document the organs issue, the lead first, under the number the lead gave it. */
  public OfficialDocument frame(List<Organ> issuing, IssuedNumber number, List<String> addressees, LocalDate date,
      List<String> attachments, List<String> copiesTo) {
    Organ lead = issuing.get(0);
    return new OfficialDocument(issuing.stream().map(Organ::name).toList(), number == null ? null : number.text(),
        number != null && !number.confirmed(), addressees, date, attachments,
        copiesTo.stream().filter(name -> issuing.stream().noneMatch(o -> o.name().equals(name))).distinct().toList(),
        office(lead), date);
  }

  /** The office that prints an organ's documents: 办公厅 for the region's Party committee, government and commissions. */
  String office(Organ organ) {
    boolean hall = organs.atRegion(organ.jurisdictionCode()) && organ.kind() != OrganKind.EMERGENCY_MANAGEMENT
        && organ.kind() != OrganKind.ORGANIZATION_DEPARTMENT;
    return organ.name() + (hall ? "办公厅" : "办公室");
  }
}
