package cn.gx.safeduty.inspection;

import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who issues a tour's documents (Art 12: 上级党委和政府组织) and under which numbers: the inspecting level's
 * Party committee, the lead, and government; the notice to a target is numbered when it goes out, the
 * report when the tour completes, each from the Party committee's yearly sequence.
 */
@Component
class TourIssuing {

  static final String NOTICE = "inspection.notice";
  static final String REPORT = "inspection.report";

  private final DocumentIssuers issuers;

  TourIssuing(DocumentIssuers issuers) {
    this.issuers = issuers;
  }

  List<Organ> organisers(String inspectingCode) {
    return List.of(issuers.organ(inspectingCode, OrganKind.PARTY_COMMITTEE),
        issuers.organ(inspectingCode, OrganKind.GOVERNMENT));
  }

  IssuedNumber notice(long targetId, String inspectingCode, LocalDate on) {
    return issuers.numbers().issue(NOTICE, targetId, organisers(inspectingCode).get(0), on, null, "noticeNumber");
  }

  IssuedNumber report(long tourId, String inspectingCode, LocalDate on) {
    return issuers.numbers().issue(REPORT, tourId, organisers(inspectingCode).get(0), on, null, "reportNumber");
  }
}
