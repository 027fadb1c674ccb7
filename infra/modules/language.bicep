// Azure AI Language for sentiment and opinion mining; Entra tokens only, which is why it needs a custom subdomain.

import { builtInRoles, roleDefinitionId } from 'roles.bicep'

param name string
param location string
param tags object
param sku string
param principalId string

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: sku
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

var languageReader = roleDefinitionId(builtInRoles.cognitiveServicesLanguageReader)

resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, languageReader)
  scope: account
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: languageReader
  }
}

output endpoint string = account.properties.endpoint
