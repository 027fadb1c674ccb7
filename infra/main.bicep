// SupportSignals on Azure: webhooks in through Functions (Flex Consumption), events through Service Bus,
// state in Table Storage, sentiment from Azure AI Language, secrets in Key Vault. No keys or connection strings:
// one user-assigned identity holds exactly the roles it needs, each scoped to its resource.
targetScope = 'resourceGroup'

import { configuredSources, secretSettings, unknownSources, webhookSources, webhookUrls } from 'modules/settings.bicep'

@description('Short lowercase name (letters and digits) that prefixes every resource name.')
@minLength(2)
@maxLength(9)
param appName string = 'supsig'

param location string = resourceGroup().location

param tags object = {}

@description('Most instances Flex Consumption may scale the app out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance; CPU is allotted in proportion.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('How long Service Bus remembers a message id to drop a resent duplicate (ISO 8601 duration).')
param duplicateDetectionWindow string = 'PT1H'

@description('Deliveries of one message before Service Bus dead-letters it; the app uses the same number of attempts.')
@minValue(1)
@maxValue(100)
param maxDeliveryCount int = 5

@description('How long an unprocessed event may wait before it is dead-lettered (ISO 8601 duration).')
param messageTimeToLive string = 'P14D'

@description('When the nightly retention summary runs: NCRONTAB, six fields, seconds first, UTC.')
param summarySchedule string = '0 30 2 * * *'

@description('Sentiment analyzer the app uses: "azure" calls the Language account below.')
param sentimentAnalyzer string = 'azure'

@description('Language pricing tier: F0 is free with a monthly cap, S is pay per text record.')
@allowed([
  'F0'
  'S'
])
param languageSku string = 'S'

@secure()
@description('Signing secret per source, e.g. { "zendesk": "..." }. A source without one is disabled: no secret, no setting.')
param webhookSecrets object = {}

@secure()
@description('Second accepted secret per source while a rotation is under way; leave empty otherwise.')
param webhookSecondarySecrets object = {}

@description('Extra plain app settings by name, e.g. { "Webhooks__typeform__ToleranceSeconds": "600" }.')
param additionalSettings object = {}

@secure()
@description('Extra app settings whose values are secrets (vendor API keys), by name; stored in Key Vault and referenced.')
param additionalSecretSettings object = {}

var enabledSources = configuredSources(webhookSources, webhookSecrets)

var secretValues = secretSettings(webhookSources, webhookSecrets, webhookSecondarySecrets, additionalSecretSettings)

var token = '${toLower(appName)}${take(uniqueString(resourceGroup().id, appName), 10)}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    principalId: identity.outputs.principalId
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    name: 'sb-${token}'
    location: location
    tags: tags
    queueName: 'events'
    duplicateDetectionWindow: duplicateDetectionWindow
    maxDeliveryCount: maxDeliveryCount
    messageTimeToLive: messageTimeToLive
    principalId: identity.outputs.principalId
  }
}

module language 'modules/language.bicep' = {
  name: 'language'
  params: {
    name: 'lang-${token}'
    location: location
    tags: tags
    sku: languageSku
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    settingNames: objectKeys(secretValues)
    secretValues: secretValues
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${token}'
    componentName: 'appi-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-${token}'
    planName: 'plan-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    storageAccountName: storage.outputs.name
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    queueName: serviceBus.outputs.queueName
    maxAttempts: maxDeliveryCount
    summarySchedule: summarySchedule
    sentimentAnalyzer: sentimentAnalyzer
    languageEndpoint: language.outputs.endpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    additionalSettings: additionalSettings
    keyVaultReferences: keyVault.outputs.references
  }
}

output functionAppName string = functionApp.outputs.name
output functionBaseUrl string = 'https://${functionApp.outputs.hostName}/api'
output webhookUrls object = webhookUrls(functionApp.outputs.hostName, enabledSources)
// Only key names (vendor names) leave the deployment here, never a secret value.
@description('Keys of webhookSecrets or webhookSecondarySecrets that name no known source; must be empty.')
#disable-next-line outputs-should-not-contain-secrets
output unknownWebhookSources array = unknownSources(webhookSources, union(webhookSecrets, webhookSecondarySecrets))
output keyVaultName string = keyVault.outputs.name
output storageAccountName string = storage.outputs.name
