// Telemetry with local (instrumentation-key) ingestion off: the app identity signs in with Entra to publish.

import { builtInRoles, roleDefinitionId } from 'roles.bicep'

param workspaceName string
param componentName string
param location string
param tags object
param principalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    features: {
      disableLocalAuth: true
    }
  }
}

resource component 'Microsoft.Insights/components@2020-02-02' = {
  name: componentName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

var metricsPublisher = roleDefinitionId(builtInRoles.monitoringMetricsPublisher)

resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(component.id, principalId, metricsPublisher)
  scope: component
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: metricsPublisher
  }
}

output connectionString string = component.properties.ConnectionString
