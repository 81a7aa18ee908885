package cn.gx.safeduty.registry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A cadre as {@code GET /api/cadres/{id}} shows them: the posting in force, and every posting, earliest first. */
public record CadreDetail(@JsonUnwrapped Cadre cadre, List<Posting> postings) {
}
