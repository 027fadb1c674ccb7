// The events queue between intake and processing. The broker's duplicate detection is a first line only:
// the app dedupes in Table Storage, so a redelivery past the window is still harmless.

import { builtInRoles, roleDefinitionId } from 'roles.bicep'

param name string
param location string
param tags object
param queueName string
param duplicateDetectionWindow string
param maxDeliveryCount int
param messageTimeToLive string
param principalId string

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: queueName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    maxDeliveryCount: maxDeliveryCount
    lockDuration: 'PT1M'
    defaultMessageTimeToLive: messageTimeToLive
    deadLetteringOnMessageExpiration: true
  }
}

// Send (intake) and receive (processing) only: no Manage right, so the app cannot alter the queue it relies on.
var roles = [
  roleDefinitionId(builtInRoles.serviceBusDataSender)
  roleDefinitionId(builtInRoles.serviceBusDataReceiver)
]

resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in roles: {
    name: guid(queue.id, principalId, role)
    scope: queue
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: role
    }
  }
]

// serviceBusEndpoint is https://<host>:443/; the SDK wants the bare host.
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '//')[1], ':')[0]
output queueName string = queue.name
