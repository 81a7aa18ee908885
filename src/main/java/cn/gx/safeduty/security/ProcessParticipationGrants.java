package cn.gx.safeduty.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets each department read the process definitions it takes part in, read off the deployed
 * models: a group named as a user task's candidate group may read that process's definition
 * (Tasklist needs it for the diagram and the form) and its instances (the case number and cadre
 * its task lists show; every department reads the same cases through the API). Runs once the start-up deployment is done.
 */
@Component
public class ProcessParticipationGrants {

  private final ProcessEngine engine;

  public ProcessParticipationGrants(ProcessEngine engine) {
    this.engine = engine;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void grant() {
    participation().forEach((group, processKeys) -> processKeys.forEach(key ->
        Grants.grant(engine.getAuthorizationService(), group, PROCESS_DEFINITION, key, READ, READ_INSTANCE)));
  }

  /** Candidate group → keys of the processes with a user task for it. */
  Map<String, Set<String>> participation() {
    Map<String, Set<String>> byGroup = new TreeMap<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
        .latestVersion().list()) {
      engine.getRepositoryService().getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaCandidateGroups)
          .filter(groups -> groups != null && !groups.contains("${") && !groups.contains("#{"))
          .flatMap(groups -> Arrays.stream(groups.split(",")))
          .map(String::trim)
          .filter(group -> !group.isEmpty())
          .forEach(group -> byGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(definition.getKey()));
    }
    return byGroup;
  }
}
