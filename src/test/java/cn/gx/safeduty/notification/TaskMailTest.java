package cn.gx.safeduty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
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
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

  /** Mail jobs another test left behind are not this test's mail. */
  @BeforeEach
  void forgetOtherTestsMail() {
    for (var job : engine.getManagementService().createJobQuery().messages().list()) {
      if (MailJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        engine.getManagementService().deleteJob(job.getId());
      }
    }
  }

  /** Runs the mail jobs that are due, as the job executor would; returns how many failed. */
  int deliverMails() {
    int failed = 0;
    for (var job : engine.getManagementService().createJobQuery().messages().executable().list()) {
      if (MailJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException refused) {
          failed++;
        }
      }
    }
    return failed;
  }

  @Test
  void eachDepartmentHearsOfItsNewTaskAndTheAssigneeOfItsDueDate() throws Exception {
    var registered = cases.register(newCase(), "em-staff");
    assertThat(smtp.getReceivedMessages()).as("sent by the job executor, not in the registration").isEmpty();
    assertThat(deliverMails()).isZero();
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
    deliverMails();
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
      assertThat(to(m)).isEqualTo("org-staff@safeduty.invalid");
      assertThat(m.getSubject()).startsWith("【安全生产责任制管理】即将到期：审查组织处理");
    });

    setDue(task.getId(), Instant.now().minus(1, ChronoUnit.HOURS));
    reminders.remind();
    reminders.remind();
    deliverMails();
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
    assertThat(deliverMails()).isZero();
    assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
  }

  /**
   * The mail server is down: the case goes on regardless, each mail is tried again after the retry
   * intervals, then stands as an incident on the case's task; once the server is back, retrying the
   * job (as Cockpit does) sends the mail and clears the incident.
   */
  @Test
  void aMailServerThatIsDownLeavesIncidentsThatARetryClears() throws Exception {
    smtp.stop();
    var registered = cases.register(newCase(), "em-staff");
    assertThat(cases.view(registered.id()).recommendation().sanction()).as("the case does not wait for mail").isNotNull();
    var management = engine.getManagementService();
    var mailJobs = management.createJobQuery().processInstanceId(registered.processInstanceId()).messages().list();
    assertThat(mailJobs).hasSize(3).allSatisfy(job -> assertThat(job.getRetries()).isEqualTo(5));

    String job = mailJobs.get(0).getId();
    Instant before = Instant.now();
    assertThat(failOnce(job)).isTrue();
    var retried = management.createJobQuery().jobId(job).singleResult();
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getDuedate().toInstant()).as("the first retry interval, PT1M")
        .isBetween(before.plus(55, ChronoUnit.SECONDS), Instant.now().plus(65, ChronoUnit.SECONDS));
    assertThat(retried.getExceptionMessage()).isNotBlank();
    while (management.createJobQuery().jobId(job).singleResult().getRetries() > 0) {
      assertThat(failOnce(job)).isTrue();
    }
    var incident = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(registered.processInstanceId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getConfiguration()).isEqualTo(job);
    assertThat(incident.getActivityId()).startsWith("Task_Review");

    smtp.start();
    management.setJobRetries(job, 1);
    management.executeJob(job);
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(registered.caseNumber());
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(registered.processInstanceId()).count())
        .isZero();
    assertThat(management.createJobQuery().jobId(job).count()).isZero();
  }

  private boolean failOnce(String jobId) {
    try {
      engine.getManagementService().executeJob(jobId);
      return false;
    } catch (RuntimeException refused) {
      return true;
    }
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
