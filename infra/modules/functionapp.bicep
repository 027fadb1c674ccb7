// The Functions app on Flex Consumption: .NET isolated, running as the user-assigned identity, with every setting it reads.

param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param deploymentContainerUrl string
param maximumInstanceCount int
param instanceMemoryMB int
param storageAccountName string
param serviceBusNamespace string
param queueName string
param maxAttempts int
param summarySchedule string
param sentimentAnalyzer string
param languageEndpoint string
param appInsightsConnectionString string

@description('Extra plain app settings by name.')
param additionalSettings object

@description('App settings whose values are @Microsoft.KeyVault references, by name.')
param keyVaultReferences object

// Names are the app's configuration keys (docs and code use them); Flex Consumption forbids FUNCTIONS_WORKER_RUNTIME.
var settings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  Storage__AccountName: storageAccountName
  Identity__ClientId: identityClientId
  ServiceBus__fullyQualifiedNamespace: serviceBusNamespace
  ServiceBus__credential: 'managedidentity'
  ServiceBus__clientId: identityClientId
  Queues__Events: queueName
  Processing__MaxAttempts: string(maxAttempts)
  Summary__Schedule: summarySchedule
  Sentiment__Analyzer: sentimentAnalyzer
  Language__Endpoint: languageEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        for setting in items(union(additionalSettings, keyVaultReferences, settings)): {
          name: setting.key
          value: setting.value
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments go through Entra (az CLI, azd); publishing passwords stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
