package cn.gx.safeduty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.accountability.CaseFacts;
import cn.gx.safeduty.accountability.Ground;
import cn.gx.safeduty.accountability.Mitigation;
import cn.gx.safeduty.accountability.NewAccountabilityCase;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Task mails against an in-process SMTP server: arrival to the department, reminders to the assignee, nothing on rollback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "spring.datasource.url=jdbc:h2:mem:safeduty-mail;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=mailtest",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
    "safeduty.mail.reminder-interval=PT1H"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaskMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  AccountabilityCaseService cases;

  @Autowired
  CadreService cadres;

  @Autowired
  ProcessEngine engine;

  @Autowired
  DueDateReminders reminders;

  @Autowired
  TransactionTemplate transactions;

  NewAccountabilityCase newCase() {
    long cadre = cadres.create(new NewCadre("邮件测试", "450100", CadreRole.GOVERNMENT_LEADER, null, null), "test").id();
    return new NewAccountabilityCase(cadre, Ground.DUTY_FAILURE, null, null, "督查发现问题",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false));
  }

  @Test
  void eachDepartmentHearsOfItsNewTaskAndTheAssigneeOfItsDueDate() throws Exception {
    var registered = cases.register(newCase(), "em-staff");
    assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
    MimeMessage[] arrived = smtp.getReceivedMessages();
    assertThat(arrived).hasSize(3);
    assertThat(Arrays.stream(arrived).map(TaskMailTest::to)).containsExactlyInAnyOrder(
        "em-staff@safeduty.invalid", "di-staff@safeduty.invalid", "org-staff@safeduty.invalid");
    MimeMessage toOrganization = Arrays.stream(arrived).filter(m -> to(m).startsWith("org-staff")).findFirst().orElseThrow();
    assertThat(toOrganization.getSubject())
        .isEqualTo("【安全生产责任制管理】待办：审查组织处理（" + registered.caseNumber() + "）");
    assertThat((String) toOrganization.getContent()).contains("组织部门：", "党政领导干部安全生产责任追究",
        "/camunda/app/tasklist/default/#/?task=");

    Task task = engine.getTaskService().createTaskQuery().processInstanceId(registered.processInstanceId())
        .taskDefinitionKey("Task_ReviewOrganizational").singleResult();
    engine.getTaskService().claim(task.getId(), "org-staff");
    setDue(task.getId(), Instant.now().plus(2, ChronoUnit.HOURS));
    smtp.reset();

    reminders.remind();
    reminders.remind();
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
      assertThat(to(m)).isEqualTo("org-staff@safeduty.invalid");
      assertThat(m.getSubject()).startsWith("【安全生产责任制管理】即将到期：审查组织处理");
    });

    setDue(task.getId(), Instant.now().minus(1, ChronoUnit.HOURS));
    reminders.remind();
    reminders.remind();
    assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(smtp.getReceivedMessages()[1].getSubject()).startsWith("【安全生产责任制管理】已逾期：审查组织处理");
  }

  @Test
  void aRolledBackRegistrationSendsNothing() throws Exception {
    NewAccountabilityCase request = newCase();
    smtp.reset();
    transactions.executeWithoutResult(status -> {
      cases.register(request, "em-staff");
      status.setRollbackOnly();
    });
    assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
  }

  private void setDue(String taskId, Instant due) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(due));
    engine.getTaskService().saveTask(task);
  }

  private static String to(MimeMessage message) {
    try {
      return List.of(message.getRecipients(Message.RecipientType.TO)).get(0).toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
