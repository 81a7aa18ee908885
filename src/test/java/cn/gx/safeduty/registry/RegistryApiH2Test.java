package cn.gx.safeduty.registry;

import cn.gx.safeduty.support.EmbeddedAppTest;

/** The registry API on the embedded run's H2 database, as the demo users. */
@EmbeddedAppTest
class RegistryApiH2Test extends RegistryApiContract {

  @Override
  String writer() {
    return "org-staff";
  }

  @Override
  String reader() {
    return "em-staff";
  }
}
