// Every secret the app reads lives here; app settings hold only @Microsoft.KeyVault references to it.

import { builtInRoles, roleDefinitionId } from 'roles.bicep'
import { keyVaultReference, keyVaultSecretName } from 'settings.bicep'

param name string
param location string
param tags object
param principalId string

@description('Names of the app settings whose values are secrets; each gets one Key Vault secret.')
param settingNames array

@secure()
@description('Secret value by app setting name, for every name in settingNames.')
param secretValues object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for setting in settingNames: {
    parent: vault
    name: keyVaultSecretName(setting)
    properties: {
      value: secretValues[setting]
    }
  }
]

var secretsUser = roleDefinitionId(builtInRoles.keyVaultSecretsUser)

resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUser)
  scope: vault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: secretsUser
  }
}

// A module's outputs exist only once all its resources do, so the app is configured after its secrets are stored.
output references object = toObject(
  settingNames,
  setting => setting,
  setting => keyVaultReference(vault.properties.vaultUri, setting)
)
output name string = vault.name
